import type { Actor, RoleCatalog } from '../domain';
import { isRankedAbove } from './role.rules';
import { inScope, type OrganizationNode } from './scope.rules';

export type ActOnVerdict = 'allowed' | 'out_of_scope' | 'above_actor';

export interface ActOnTarget {
  readonly role: string;
  readonly organizationId: number;
}

/**
 * May the actor change or delete the target? Scope is checked first: a user outside the
 * actor's scope is answered as if it did not exist, whatever its rank.
 */
export function canActOn(
  catalog: RoleCatalog,
  actor: Pick<Actor, 'role' | 'scopeOrganizationId'>,
  target: ActOnTarget,
  organizations: readonly OrganizationNode[],
): ActOnVerdict {
  if (!inScope(actor, target.organizationId, organizations)) return 'out_of_scope';
  if (isRankedAbove(catalog, target.role, actor.role)) return 'above_actor';
  return 'allowed';
}
