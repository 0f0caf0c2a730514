import { DEFAULT_ROLE_CATALOG } from '../domain';
import { canActOn } from './hierarchy.rules';
import { isDescendantOrSelf, ORG_TREE } from './org-tree.fixture';

const roles = DEFAULT_ROLE_CATALOG.roles;
const orgIds = ORG_TREE.map((org) => org.id);

/** Every role, placed in every organization, against every role in every organization. */
const cases = roles.flatMap((actor) =>
  orgIds.flatMap((actorOrg) =>
    roles.flatMap((target) =>
      orgIds.map((targetOrg) => {
        const scoped = actor.scope === 'organization';
        const visible = !scoped || isDescendantOrSelf(targetOrg, actorOrg);
        const expected = !visible ? 'out_of_scope' : target.rank > actor.rank ? 'above_actor' : 'allowed';
        return [actor.name, actorOrg, target.name, targetOrg, scoped ? actorOrg : null, expected] as const;
      }),
    ),
  ),
);

describe('canActOn', () => {
  it('covers every pair of roles inside and outside the scope', () => {
    expect(cases.length).toBe(roles.length ** 2 * orgIds.length ** 2);
    expect(new Set(cases.map((c) => c[5]))).toEqual(new Set(['allowed', 'out_of_scope', 'above_actor']));
  });

  it.each(cases)('%s in org %i acting on %s in org %i', (actorRole, actorOrg, targetRole, targetOrg, scope, expected) => {
    const actor = { role: actorRole, organizationId: actorOrg, scopeOrganizationId: scope };
    expect(canActOn(DEFAULT_ROLE_CATALOG, actor, { role: targetRole, organizationId: targetOrg }, ORG_TREE)).toBe(expected);
  });

  it('answers out of scope before rank, and above actor for equal scope', () => {
    const orgAdmin = { role: 'organizationAdministrator', scopeOrganizationId: 2 };
    expect(canActOn(DEFAULT_ROLE_CATALOG, orgAdmin, { role: 'owner', organizationId: 3 }, ORG_TREE)).toBe('out_of_scope');
    expect(canActOn(DEFAULT_ROLE_CATALOG, orgAdmin, { role: 'owner', organizationId: 6 }, ORG_TREE)).toBe('above_actor');
    expect(canActOn(DEFAULT_ROLE_CATALOG, orgAdmin, { role: 'user', organizationId: 6 }, ORG_TREE)).toBe('allowed');
  });

  it('lets equal ranks act on each other and fails closed on unknown roles', () => {
    const admin = { role: 'administrator', scopeOrganizationId: null };
    expect(canActOn(DEFAULT_ROLE_CATALOG, admin, { role: 'administrator', organizationId: 1 }, ORG_TREE)).toBe('allowed');
    expect(canActOn(DEFAULT_ROLE_CATALOG, admin, { role: 'boss', organizationId: 1 }, ORG_TREE)).toBe('above_actor');
  });
});
