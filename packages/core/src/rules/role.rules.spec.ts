import { DEFAULT_ROLE_CATALOG, type RoleCatalog } from '../domain';
import { canAssignRole, findRole, isRankedAbove, lowestRole, roleRank } from './role.rules';

const roles = DEFAULT_ROLE_CATALOG.roles;

describe('role rules', () => {
  it('finds roles by exact name', () => {
    expect(findRole(DEFAULT_ROLE_CATALOG, 'publisher')?.rank).toBe(40);
    expect(findRole(DEFAULT_ROLE_CATALOG, 'Publisher')).toBeNull();
    expect(findRole(DEFAULT_ROLE_CATALOG, 'boss')).toBeNull();
  });

  it('gives the rank of each role and null for an unknown one', () => {
    for (const role of roles) expect(roleRank(DEFAULT_ROLE_CATALOG, role.name)).toBe(role.rank);
    expect(roleRank(DEFAULT_ROLE_CATALOG, 'boss')).toBeNull();
  });

  it('finds the lowest role wherever it sits in the catalog', () => {
    expect(lowestRole(DEFAULT_ROLE_CATALOG).name).toBe('user');
    const shuffled: RoleCatalog = { roles: [roles[3]!, { ...roles[4]!, name: 'Member' }, roles[0]!] };
    expect(lowestRole(shuffled).name).toBe('Member');
    expect(() => lowestRole({ roles: [] })).toThrow(RangeError);
  });

  it.each(roles.flatMap((a) => roles.map((b) => [a.name, b.name, a.rank > b.rank] as const)))(
    '%s ranked above %s: %s',
    (role, than, expected) => {
      expect(isRankedAbove(DEFAULT_ROLE_CATALOG, role, than)).toBe(expected);
    },
  );

  it('treats unknown roles as ranked above everything', () => {
    expect(isRankedAbove(DEFAULT_ROLE_CATALOG, 'boss', 'owner')).toBe(true);
    expect(isRankedAbove(DEFAULT_ROLE_CATALOG, 'user', 'boss')).toBe(true);
  });

  describe('canAssignRole, every role against every role', () => {
    it.each(roles.flatMap((actor) => roles.map((role) => [actor.name, role.name, role.rank <= actor.rank] as const)))(
      '%s assigns %s: %s',
      (actorRole, role, expected) => {
        expect(canAssignRole(DEFAULT_ROLE_CATALOG, { role: actorRole }, role)).toBe(expected);
      },
    );

    it('refuses unknown roles, and everything to an actor of an unknown role', () => {
      expect(canAssignRole(DEFAULT_ROLE_CATALOG, { role: 'owner' }, 'boss')).toBe(false);
      expect(canAssignRole(DEFAULT_ROLE_CATALOG, { role: 'boss' }, 'user')).toBe(false);
    });

    it('follows a host catalog', () => {
      const catalog: RoleCatalog = {
        roles: [
          { name: 'admin', rank: 5, permissions: ['user:manage'], scope: 'tenant' },
          { name: 'editor', rank: 3, permissions: [], scope: 'tenant' },
          { name: 'Member', rank: 1, permissions: [], scope: 'tenant' },
        ],
      };
      expect(canAssignRole(catalog, { role: 'editor' }, 'Member')).toBe(true);
      expect(canAssignRole(catalog, { role: 'editor' }, 'admin')).toBe(false);
      expect(canAssignRole(catalog, { role: 'editor' }, 'owner')).toBe(false);
    });
  });
});
