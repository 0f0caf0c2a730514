/**
 * The tenant every Roster benchmark works in, loaded through Roster's own bootstrap (so the
 * API key and the admin's password are stored exactly as Roster stores them).
 */
export const BENCH_TENANT = {
  name: 'bench',
  accountUrl: 'https://bench.example.com',
  apiKey: 'rk_bench_admin_0123456789abcdef0123456789',
  admin: { email: 'admin@bench.example.com', login: 'benchadmin', password: 'bench admin password 1' },
  rootOrganizationId: 1,
} as const;

export function benchBootstrapFile(): unknown {
  return {
    tenants: [
      {
        name: BENCH_TENANT.name,
        accountUrl: BENCH_TENANT.accountUrl,
        identifyBy: 'email',
        defaultPermissions: ['course:enroll', 'media:manage'],
        organizations: [{ id: BENCH_TENANT.rootOrganizationId, name: 'Head office' }],
        apiKeys: [{ name: 'bench-admin', key: BENCH_TENANT.apiKey, role: 'administrator' }],
        users: [
          {
            email: BENCH_TENANT.admin.email,
            login: BENCH_TENANT.admin.login,
            password: BENCH_TENANT.admin.password,
            role: 'administrator',
            organizationId: BENCH_TENANT.rootOrganizationId,
          },
        ],
      },
    ],
  };
}
