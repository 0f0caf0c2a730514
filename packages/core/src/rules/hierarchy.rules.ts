import type { Actor, Permission, RoleCatalog } from '../domain';
import { outreachesActor } from './reach.rules';
import { isRankedAbove } from './role.rules';
import { inScope, type OrganizationNode } from './scope.rules';

export type ActOnVerdict = 'allowed' | 'out_of_scope' | 'above_actor';

export interface ActOnTarget {
  readonly role: string;
  readonly organizationId: number;
  /** Its explicitly granted permissions (none when absent). */
  readonly permissions?: readonly Permission[];
}

/**
 * May the actor change or delete the target? Scope is checked first: a user outside the
 * actor's scope is answered as if it did not exist, whatever its rank. A target ranked above
 * the actor, or one that reaches further than an organization-bound actor (`outreachesActor`),
 * is above it.
 */
export function canActOn(
  catalog: RoleCatalog,
  actor: Pick<Actor, 'role' | 'scopeOrganizationId'>,
  target: ActOnTarget,
  organizations: readonly OrganizationNode[],
): ActOnVerdict {
  if (!inScope(actor, target.organizationId, organizations)) return 'out_of_scope';
  if (isRankedAbove(catalog, target.role, actor.role)) return 'above_actor';
  if (outreachesActor(catalog, actor, { role: target.role, permissions: target.permissions ?? [] })) return 'above_actor';
  return 'allowed';
}
