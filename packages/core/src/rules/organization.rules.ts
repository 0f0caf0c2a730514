import { subtreeOf, type OrganizationNode } from './scope.rules';

/** Why an organization cannot take `parentId` as its parent: itself or one below it (a cycle), or no such parent. */
export type OrganizationMoveRefusal = 'cycle' | 'parent-not-found';

/**
 * Whether organization `id` may be placed under `parentId` (`null`: at the top). A parent in the
 * organization's own subtree would make a cycle; a parent the tenant does not have is refused too.
 * Nothing is refused for an unchanged parent that already exists.
 */
export function organizationMoveRefusal(
  organizations: readonly OrganizationNode[],
  id: number,
  parentId: number | null,
): OrganizationMoveRefusal | null {
  if (parentId === null) return null;
  if (subtreeOf(organizations, id).has(parentId)) return 'cycle';
  return organizations.some((organization) => organization.id === parentId) ? null : 'parent-not-found';
}

/** What still lies in an organization: its child organizations, users and groups (counts). */
export interface OrganizationContents {
  readonly children: number;
  readonly users: number;
  readonly groups: number;
}

/** What keeps an organization from being deleted, in that order; empty when it is empty. */
export function organizationDeleteBlockers(contents: OrganizationContents): readonly (keyof OrganizationContents)[] {
  return (['children', 'users', 'groups'] as const).filter((part) => contents[part] > 0);
}

/** The number of organizations directly below `id`. */
export function childCount(organizations: readonly OrganizationNode[], id: number): number {
  return organizations.filter((organization) => organization.parentId === id).length;
}
