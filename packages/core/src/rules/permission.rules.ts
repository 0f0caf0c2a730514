import type { Actor, Permission, RoleCatalog } from '../domain';
import { findRole } from './role.rules';

/** `user:manage` implies `user:read`; `scim:provision` (an identity provider's key) implies both. */
const IMPLIED: Partial<Record<Permission, readonly Permission[]>> = {
  'user:manage': ['user:read'],
  'scim:provision': ['user:manage', 'user:read'],
};

/** The role's permissions plus the explicit ones, with their implications. Unknown role: explicit only. */
export function effectivePermissions(catalog: RoleCatalog, roleName: string, explicit: readonly Permission[]): ReadonlySet<Permission> {
  const granted = new Set<Permission>([...(findRole(catalog, roleName)?.permissions ?? []), ...explicit]);
  for (const permission of [...granted]) {
    for (const implied of IMPLIED[permission] ?? []) granted.add(implied);
  }
  return granted;
}

export function hasPermission(actor: Pick<Actor, 'permissions'>, permission: Permission): boolean {
  if (actor.permissions.has(permission)) return true;
  return Object.entries(IMPLIED).some(([holder, implied]) => implied.includes(permission) && actor.permissions.has(holder as Permission));
}

/** The permissions of `permissions` the actor does not hold itself (and so may not grant); empty = ok. */
export function permissionsNotHeld(actor: Pick<Actor, 'permissions'>, permissions: readonly Permission[]): readonly Permission[] {
  return [...new Set(permissions)].filter((permission) => !hasPermission(actor, permission));
}
