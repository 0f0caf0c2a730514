import type { Actor, RoleCatalog } from '../domain';
import { outreachesActor } from './reach.rules';
import { canAssignRole } from './role.rules';

/**
 * Whether the actor may give this role to a user or key it makes or changes: a known role ranked
 * no higher than its own, and, for an organization-bound actor, one that does not reach the whole
 * tenant. The one answer behind ROLE_ABOVE_ACTOR on every write and `assignable` in GET /roles.
 */
export function mayAssignRole(catalog: RoleCatalog, actor: Pick<Actor, 'role' | 'scopeOrganizationId'>, roleName: string): boolean {
  return canAssignRole(catalog, actor, roleName) && !outreachesActor(catalog, actor, { role: roleName, permissions: [] });
}
