import type { Organization } from '../domain';

/**
 * A four-level organization tree for the rule tests:
 *
 *   1 Head office
 *   ├── 2 Sales
 *   │   ├── 4 Sales East
 *   │   │   └── 6 East team A
 *   │   └── 5 Sales West
 *   └── 3 Support
 *       └── 7 Support L2
 */
export const ORG_TREE: readonly Organization[] = [
  { tenantId: 't', id: 1, name: 'Head office', parentId: null },
  { tenantId: 't', id: 2, name: 'Sales', parentId: 1 },
  { tenantId: 't', id: 3, name: 'Support', parentId: 1 },
  { tenantId: 't', id: 4, name: 'Sales East', parentId: 2 },
  { tenantId: 't', id: 5, name: 'Sales West', parentId: 2 },
  { tenantId: 't', id: 6, name: 'East team A', parentId: 4 },
  { tenantId: 't', id: 7, name: 'Support L2', parentId: 3 },
];

/** Oracle for the tests, walking up from the candidate (the rules walk down from the root). */
export function isDescendantOrSelf(candidate: number, ancestor: number): boolean {
  const parents = new Map(ORG_TREE.map((org) => [org.id, org.parentId]));
  for (let id: number | null | undefined = candidate; id != null; id = parents.get(id)) {
    if (id === ancestor) return true;
  }
  return false;
}
