import { childCount, organizationDeleteBlockers, organizationMoveRefusal } from './organization.rules';
import { isDescendantOrSelf, ORG_TREE } from './org-tree.fixture';

describe('organizationMoveRefusal', () => {
  it('refuses a parent in the organization’s own subtree (itself included) as a cycle, at every pair of the tree', () => {
    for (const { id } of ORG_TREE) {
      for (const { id: parentId } of ORG_TREE) {
        expect(organizationMoveRefusal(ORG_TREE, id, parentId)).toBe(isDescendantOrSelf(parentId, id) ? 'cycle' : null);
      }
    }
  });

  it('allows the top (no parent), refuses a parent the tenant does not have', () => {
    expect(organizationMoveRefusal(ORG_TREE, 4, null)).toBeNull();
    expect(organizationMoveRefusal(ORG_TREE, 4, 99)).toBe('parent-not-found');
    // A new organization (not in the tree yet) goes under any existing one.
    expect(organizationMoveRefusal(ORG_TREE, 100, 6)).toBeNull();
  });

  it('terminates on malformed data with a cycle already in it', () => {
    const looped = [
      { id: 1, parentId: 2 },
      { id: 2, parentId: 1 },
      { id: 3, parentId: null },
    ];
    expect(organizationMoveRefusal(looped, 1, 2)).toBe('cycle');
    expect(organizationMoveRefusal(looped, 3, 1)).toBeNull();
  });
});

describe('organizationDeleteBlockers', () => {
  it('names what the organization still holds: child organizations, users, groups; nothing when empty', () => {
    expect(organizationDeleteBlockers({ children: 0, users: 0, groups: 0 })).toEqual([]);
    expect(organizationDeleteBlockers({ children: 2, users: 0, groups: 1 })).toEqual(['children', 'groups']);
    expect(organizationDeleteBlockers({ children: 0, users: 5, groups: 0 })).toEqual(['users']);
  });

  it('counts direct children only', () => {
    expect([childCount(ORG_TREE, 1), childCount(ORG_TREE, 2), childCount(ORG_TREE, 6)]).toEqual([2, 2, 0]);
  });
});
