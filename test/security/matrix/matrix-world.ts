import { DEFAULT_ROLE_CATALOG, type Permission, type RoleDefinition } from '@roster/core';

/**
 * The world the escalation matrix runs in, generated from the role catalog: two tenants with
 * the same organization tree and groups, one API key per role (tenant-wide where the role's
 * scope allows, and bound to an organization), one password user per role, and target users
 * of every role placed inside and outside the bound actors' subtree and in the other tenant.
 *
 *   1 Head office
 *   ├── 2 Sales        ← bound actors act here (2 and 3)
 *   │   └── 3 Sales East
 *   └── 4 Support
 */
export const CATALOG = DEFAULT_ROLE_CATALOG;
export const ROLES: readonly RoleDefinition[] = CATALOG.roles;

export const ORGANIZATIONS = [
  { id: 1, name: 'Head office', parentId: null },
  { id: 2, name: 'Sales', parentId: 1 },
  { id: 3, name: 'Sales East', parentId: 2 },
  { id: 4, name: 'Support', parentId: 1 },
] as const;
export const ROOT_ORGANIZATION = 1;
/** Where bound actors are bound (and organization-scoped password actors sit). */
export const BOUND_ORGANIZATION = 2;

export const GROUPS = ORGANIZATIONS.map((organization) => ({
  id: 10 + organization.id,
  name: `Group of ${organization.name}`,
  organizationId: organization.id,
}));

export type TenantName = 'alpha' | 'beta';
export const TENANTS: Readonly<Record<TenantName, { accountUrl: string }>> = {
  alpha: { accountUrl: 'https://alpha.example.com' },
  beta: { accountUrl: 'https://beta.example.com' },
};

/** A key or a password user the matrix acts as (always in tenant alpha). */
export interface MatrixActor {
  readonly label: string;
  readonly kind: 'apiKey' | 'user';
  readonly role: string;
  readonly permissions: readonly Permission[];
  /** Keys: the organization the key is bound to (null: tenant-wide). Users: their organization. */
  readonly organizationId: number | null;
  /** Keys: the secret. Users: the password. */
  readonly secret: string;
  /** Users only. */
  readonly email?: string;
}

const slug = (text: string): string => text.replace(/[^a-zA-Z0-9]/g, '').toLowerCase();

/**
 * Keys: every role tenant-wide (when its scope is the tenant) and bound to Sales; and, for each
 * role that may not manage users, the same role granted `user:manage` explicitly, so that rank
 * and reach are tried apart from permission.
 */
export function keyActors(): MatrixActor[] {
  const grants: (readonly Permission[])[] = [[], ['user:manage']];
  return ROLES.flatMap((role) =>
    grants.flatMap((permissions) => {
      if (permissions.length > 0 && role.permissions.includes('user:manage')) return [];
      const bindings: (number | null)[] = role.scope === 'tenant' ? [null, BOUND_ORGANIZATION] : [BOUND_ORGANIZATION];
      return bindings.map((organizationId) => {
        const label = `key ${role.name}${permissions.length ? '+user:manage' : ''}${organizationId === null ? '' : ` bound to ${organizationId}`}`;
        return {
          label,
          kind: 'apiKey' as const,
          role: role.name,
          permissions,
          organizationId,
          secret: `rk_matrix_${slug(label)}_0123456789abcdef`,
        };
      });
    }),
  );
}

/** Password users (ispring): one per role, in Sales (tenant-wide roles act on the whole tenant anyway). */
export function userActors(): MatrixActor[] {
  return ROLES.map((role) => ({
    label: `user ${role.name} in ${BOUND_ORGANIZATION}`,
    kind: 'user' as const,
    role: role.name,
    permissions: [],
    organizationId: BOUND_ORGANIZATION,
    secret: `password of ${role.name} 123`,
    email: `actor.${slug(role.name)}@alpha.example.com`,
  }));
}

/** What a target user is, before it is created. */
export interface TargetSpec {
  readonly role: string;
  readonly permissions: readonly Permission[];
  readonly tenant: TenantName;
  readonly organizationId: number;
  readonly backendAccess: boolean;
  /** `inside` the bound actors' subtree, `outside` it, or in the `other tenant`. */
  readonly placement: 'inside' | 'outside' | 'other tenant';
}

export function targetLabel(target: TargetSpec): string {
  const granted = target.permissions.length ? `+${target.permissions.join('+')}` : '';
  const staff = target.backendAccess ? ' (backend access)' : '';
  return `${target.role}${granted} ${target.placement} (${target.tenant} org ${target.organizationId})${staff}`;
}

/**
 * Every role, and every role that may not manage users granted `user:manage`, placed in Sales
 * East (inside the bound subtree), in Support (outside it) and in the other tenant.
 */
export function targetSpecs(options: { backendAccess?: boolean } = {}): TargetSpec[] {
  const kinds = ROLES.flatMap((role) => [
    { role: role.name, permissions: [] as Permission[] },
    ...(role.permissions.includes('user:manage') ? [] : [{ role: role.name, permissions: ['user:manage'] as Permission[] }]),
  ]);
  const placements = [
    { placement: 'inside', tenant: 'alpha', organizationId: 3 },
    { placement: 'outside', tenant: 'alpha', organizationId: 4 },
    { placement: 'other tenant', tenant: 'beta', organizationId: 3 },
  ] as const;
  return kinds.flatMap((kind) => placements.map((place) => ({ ...kind, ...place, backendAccess: options.backendAccess ?? false })));
}
