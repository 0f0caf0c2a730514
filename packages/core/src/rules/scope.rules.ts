import type { Actor, Organization } from '../domain';

export type OrganizationNode = Pick<Organization, 'id' | 'parentId'>;

/**
 * The ids of `rootId` and of all organizations below it. Empty when `rootId` is not among
 * `organizations`. Safe against cycles in malformed data.
 */
export function subtreeOf(organizations: readonly OrganizationNode[], rootId: number): ReadonlySet<number> {
  const subtree = new Set<number>();
  if (!organizations.some((organization) => organization.id === rootId)) return subtree;
  const children = new Map<number, number[]>();
  for (const { id, parentId } of organizations) {
    if (parentId === null) continue;
    children.set(parentId, [...(children.get(parentId) ?? []), id]);
  }
  const pending = [rootId];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (subtree.has(id)) continue;
    subtree.add(id);
    pending.push(...(children.get(id) ?? []));
  }
  return subtree;
}

/** Whether the organization lies in the actor's subtree (a null scope is the whole tenant). */
export function inScope(
  actor: Pick<Actor, 'scopeOrganizationId'>,
  organizationId: number,
  organizations: readonly OrganizationNode[],
): boolean {
  if (actor.scopeOrganizationId === null) return true;
  return subtreeOf(organizations, actor.scopeOrganizationId).has(organizationId);
}
