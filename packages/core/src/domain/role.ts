import { PERMISSIONS, type Permission } from './permission';

/**
 * A role of a tenant's catalog. `rank` orders roles (higher outranks lower); `scope` says
 * whether a holder acts on the whole tenant or only inside its organization's subtree.
 */
export interface RoleDefinition {
  readonly name: string;
  readonly rank: number;
  readonly permissions: readonly Permission[];
  readonly scope: 'tenant' | 'organization';
}

/** The role catalog; the host may replace it (names, ranks, permissions). */
export interface RoleCatalog {
  readonly roles: readonly RoleDefinition[];
}

export const DEFAULT_ROLE_CATALOG: RoleCatalog = {
  roles: [
    { name: 'owner', rank: 100, permissions: PERMISSIONS, scope: 'tenant' },
    { name: 'administrator', rank: 80, permissions: PERMISSIONS, scope: 'tenant' },
    {
      name: 'organizationAdministrator',
      rank: 60,
      permissions: ['user:manage', 'user:read', 'course:manage', 'course:publish', 'course:enroll', 'media:manage', 'community:manage'],
      scope: 'organization',
    },
    {
      name: 'publisher',
      rank: 40,
      permissions: ['course:manage', 'course:publish', 'course:enroll', 'media:manage', 'community:post', 'community:comment'],
      scope: 'tenant',
    },
    {
      name: 'user',
      rank: 10,
      permissions: ['course:enroll', 'media:manage', 'community:post', 'community:comment'],
      scope: 'tenant',
    },
  ],
};
