import { inScope, subtreeOf } from './scope.rules';
import { isDescendantOrSelf, ORG_TREE } from './org-tree.fixture';

const ids = ORG_TREE.map((org) => org.id);

describe('scope rules', () => {
  it.each(ids)('the subtree of %i holds exactly its descendants and itself', (root) => {
    expect([...subtreeOf(ORG_TREE, root)].sort()).toEqual(ids.filter((id) => isDescendantOrSelf(id, root)).sort());
  });

  it('spells out one subtree', () => {
    expect([...subtreeOf(ORG_TREE, 2)].sort()).toEqual([2, 4, 5, 6]);
    expect([...subtreeOf(ORG_TREE, 6)]).toEqual([6]);
  });

  it('is empty for an unknown root', () => {
    expect(subtreeOf(ORG_TREE, 99).size).toBe(0);
  });

  it('stops on cycles', () => {
    const cyclic = [
      { id: 1, parentId: 2 },
      { id: 2, parentId: 1 },
      { id: 3, parentId: 2 },
    ];
    expect([...subtreeOf(cyclic, 1)].sort()).toEqual([1, 2, 3]);
  });

  it('puts the whole tenant in a null scope', () => {
    for (const id of [...ids, 99]) expect(inScope({ scopeOrganizationId: null }, id, ORG_TREE)).toBe(true);
  });

  it.each(ids.flatMap((scope) => ids.map((target) => [scope, target, isDescendantOrSelf(target, scope)] as const)))(
    'scope %i contains %i: %s',
    (scope, target, expected) => {
      expect(inScope({ scopeOrganizationId: scope }, target, ORG_TREE)).toBe(expected);
    },
  );
});
