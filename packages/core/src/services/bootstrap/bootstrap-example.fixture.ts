/** The bootstrap file of docs/bootstrap.md, fresh for each use so a test may change it. */
export function exampleFile(): { tenants: Record<string, unknown>[] } {
  return {
    tenants: [
      {
        name: 'acme',
        accountUrl: 'https://acme.example.com',
        identifyBy: 'email',
        seatLimit: 500,
        defaultPermissions: ['course:enroll', 'media:manage'],
        organizations: [
          { id: 1, name: 'Head office' },
          { id: 2, name: 'Sales', parentId: 1 },
        ],
        groups: [
          { id: 10, name: 'New hires', organizationId: 1 },
          { id: 11, name: 'Sales team', organizationId: 2 },
        ],
        apiKeys: [
          { name: 'integration', key: 'rk_acme_0123456789abcdef0123456789', role: 'administrator' },
          { name: 'reporting', key: 'rk_acme_readonly_aaaaaaaaaaaaaaaaaa', role: 'user', permissions: ['user:read'] },
        ],
        users: [
          {
            email: 'owner@acme.example.com',
            login: 'owner',
            password: 'correct horse battery',
            role: 'owner',
            organizationId: 1,
            backendAccess: true,
          },
          {
            email: 'sales.admin@acme.example.com',
            login: 'salesadmin',
            password: 'another long secret',
            role: 'organizationAdministrator',
            organizationId: 2,
          },
        ],
      },
    ],
  };
}
