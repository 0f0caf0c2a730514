import { GROUPS, keyActors, ORGANIZATIONS, TENANTS, userActors, type TenantName } from './matrix-world';

/** The setup keys: an owner key per tenant, used only to create and read back targets. */
export const SETUP_KEYS: Readonly<Record<TenantName, string>> = {
  alpha: 'rk_matrix_setup_alpha_owner_0123456789',
  beta: 'rk_matrix_setup_beta_owner_01234567890',
};

function tenant(name: TenantName) {
  return {
    name,
    accountUrl: TENANTS[name].accountUrl,
    identifyBy: 'email',
    organizations: ORGANIZATIONS.map(({ id, name: orgName, parentId }) =>
      parentId === null ? { id, name: orgName } : { id, name: orgName, parentId },
    ),
    groups: GROUPS,
  };
}

/** The bootstrap file of the matrix host: the actors live in alpha; beta is the other tenant. */
export function matrixBootstrap(): unknown {
  return {
    tenants: [
      {
        ...tenant('alpha'),
        apiKeys: [
          { name: 'setup', key: SETUP_KEYS.alpha, role: 'owner' },
          ...keyActors().map((actor) => ({
            name: actor.label,
            key: actor.secret,
            role: actor.role,
            ...(actor.permissions.length ? { permissions: actor.permissions } : {}),
            ...(actor.organizationId === null ? {} : { organizationId: actor.organizationId }),
          })),
        ],
        users: userActors().map((actor) => ({
          email: actor.email,
          password: actor.secret,
          role: actor.role,
          organizationId: actor.organizationId,
        })),
      },
      { ...tenant('beta'), apiKeys: [{ name: 'setup', key: SETUP_KEYS.beta, role: 'owner' }], users: [] },
    ],
  };
}
