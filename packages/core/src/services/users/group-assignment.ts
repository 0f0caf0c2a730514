import type { Actor, Group } from '../../domain';
import { inScope } from '../../rules';
import type { TenantScope } from './user-scope';

export interface GroupAssignment {
  /** The groups the user will be in. */
  readonly groupIds: readonly number[];
  /** Requested groups that do not exist in the tenant or lie outside the actor's scope. */
  readonly exceededGroupIds: readonly number[];
}

/**
 * Splits the requested groups into those the user joins and those reported back. Memberships
 * the actor cannot see (groups outside its scope) are kept as they were: it cannot remove them.
 */
export function assignGroups(
  actor: Actor,
  scope: TenantScope,
  groups: readonly Group[],
  requested: readonly number[],
  current: readonly number[] = [],
): GroupAssignment {
  const byId = new Map(groups.map((group) => [group.id, group]));
  const visible = (id: number): boolean => {
    const group = byId.get(id);
    return group !== undefined && inScope(actor, group.organizationId, scope.organizations);
  };
  const unique = [...new Set(requested)];
  const hidden = current.filter((id) => byId.has(id) && !visible(id));
  return {
    groupIds: [...new Set([...hidden, ...unique.filter(visible)])],
    exceededGroupIds: unique.filter((id) => !visible(id)),
  };
}
