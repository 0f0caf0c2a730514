import type { Actor, RoleCatalog, RoleDefinition } from '../domain';

/**
 * Role lookups and the ONLY place where role ranks are compared. Every other rule asks this
 * file whether one role ranks above another. Unknown roles fail closed: they rank above
 * everything as a target and below everything as an actor.
 */

export function findRole(catalog: RoleCatalog, name: string): RoleDefinition | null {
  return catalog.roles.find((role) => role.name === name) ?? null;
}

/** The role's rank, or null when the catalog does not know the role. */
export function roleRank(catalog: RoleCatalog, name: string): number | null {
  return findRole(catalog, name)?.rank ?? null;
}

/** The lowest-ranked role (the first of equals); the default role of new users. */
export function lowestRole(catalog: RoleCatalog): RoleDefinition {
  const [first, ...rest] = catalog.roles;
  if (first === undefined) throw new RangeError('the role catalog is empty');
  return rest.reduce((lowest, role) => (role.rank < lowest.rank ? role : lowest), first);
}

/**
 * True when `role` ranks strictly above `than`. When either is unknown the answer is true,
 * so an unknown role can be neither assigned nor acted upon.
 */
export function isRankedAbove(catalog: RoleCatalog, role: string, than: string): boolean {
  const rank = roleRank(catalog, role);
  const reference = roleRank(catalog, than);
  if (rank === null || reference === null) return true;
  return rank > reference;
}

/** An actor may assign a known role that ranks no higher than its own. */
export function canAssignRole(catalog: RoleCatalog, actor: Pick<Actor, 'role'>, roleName: string): boolean {
  if (findRole(catalog, roleName) === null) return false;
  return !isRankedAbove(catalog, roleName, actor.role);
}
