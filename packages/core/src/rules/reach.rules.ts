import type { Actor, Permission, RoleCatalog } from '../domain';
import { effectivePermissions } from './permission.rules';
import { findRole } from './role.rules';

/** A user (or a user about to be made): its role and its explicitly granted permissions. */
export interface ReachSubject {
  readonly role: string;
  readonly permissions: readonly Permission[];
}

/**
 * Whether a user with this role and these explicit permissions may read or manage users on the
 * whole tenant: its role is tenant-wide and it holds `user:read` or `user:manage` (from the role
 * or granted). An organization-scoped role reaches only its own subtree. An unknown role fails
 * closed (it reaches everything).
 */
export function reachesWholeTenant(catalog: RoleCatalog, subject: ReachSubject): boolean {
  const role = findRole(catalog, subject.role);
  if (role === null) return true;
  if (role.scope === 'organization') return false;
  const permissions = effectivePermissions(catalog, subject.role, subject.permissions);
  return permissions.has('user:read') || permissions.has('user:manage');
}

/**
 * True when an actor bound to an organization's subtree would, through this user, reach further
 * than itself. Such an actor may not create or promote such a user, grant it the permissions that
 * make it so, or act on it (it could take the account over): otherwise a key bound to Sales could
 * make, or become, a tenant-wide administrator. A tenant-wide actor is never outreached.
 */
export function outreachesActor(catalog: RoleCatalog, actor: Pick<Actor, 'scopeOrganizationId'>, subject: ReachSubject): boolean {
  return actor.scopeOrganizationId !== null && reachesWholeTenant(catalog, subject);
}
