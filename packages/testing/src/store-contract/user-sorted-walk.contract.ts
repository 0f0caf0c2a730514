import type { User, UserFilter, UserListQuery, UserPage, UserSort, UserSortField } from '@roster/core';
import { fixtureDate, makeUser } from '../fixtures';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

/**
 * Eight users of tenant A. E-mails and last names tie in pairs (in another case), last logins
 * tie too and half have none, so every order leans on its tie-break by id and on where users
 * without a value go.
 */
function people(): User[] {
  const names = ['beta', 'Alpha', 'Beta', 'gamma', 'alpha', 'Gamma', 'delta', 'Delta'];
  const logins = [null, 50, 50, null, 20, null, 70, null];
  const roles = ['user', 'publisher', 'administrator', 'user', 'publisher', 'user', 'administrator', 'user'];
  return [5, 2, 8, 1, 7, 4, 6, 3].map((id) =>
    makeUser({
      id,
      email: id === 3 ? null : `${names[id - 1]?.toLowerCase()}${id}@example.com`,
      login: `login${id}`,
      lastName: names[id - 1] ?? '',
      role: roles[id - 1] ?? 'user',
      createdAt: fixtureDate(10 * Math.ceil(id / 2)),
      lastLoginAt: logins[id - 1] === null ? null : fixtureDate(logins[id - 1] ?? 0),
      profile: id % 3 === 0 ? { dept: 'Sales' } : id % 3 === 1 ? { dept: 'sales' } : { dept: 'Support' },
    }),
  );
}

/** UserStore.list in a `UserSort` order by keyset (`afterSorted`), the newer filter leaves, and lists without a count. */
export function describeUserSortedWalk(fixture: FixtureAccess, runner: ContractRunner): void {
  const { beforeEach, describe, expect, it } = runner;
  describe('UserStore.list: sorted keyset walks, roles, profile values, last logins, no count', () => {
    const list = (query: Partial<UserListQuery>): Promise<UserPage> =>
      fixture().stores.users.list({ tenantId: TENANT_A, offset: 0, limit: 100, ...query });
    const ids = async (query: Partial<UserListQuery>): Promise<number[]> => (await list(query)).items.map((user) => user.id);

    /** Every page of `size` in `sort`, each after the last user of the one before (key as stored); `between` after each. */
    async function walk(sort: UserSort, size: number, between?: (turn: number) => Promise<void>): Promise<number[]> {
      const seen: number[] = [];
      let page = await list({ sort, limit: size, countTotal: false });
      for (let turn = 1; ; turn += 1) {
        seen.push(...page.items.map((user) => user.id));
        const last = page.items.at(-1);
        if (!page.hasMore || last === undefined) return seen;
        expect(turn).toBeLessThan(50);
        await between?.(turn);
        page = await list({ sort, limit: size, offset: 3, countTotal: false, afterSorted: { key: last[sort.field], id: last.id } });
      }
    }

    beforeEach(async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      for (const user of people()) await stores.users.insert(user);
      await stores.users.insert(makeUser({ tenantId: TENANT_B, id: 9, lastName: 'aaa', lastLoginAt: fixtureDate(1) }));
    });

    const orders: [UserSortField, boolean, number[]][] = [
      ['lastName', false, [2, 5, 1, 3, 7, 8, 4, 6]],
      ['lastName', true, [4, 6, 7, 8, 1, 3, 2, 5]],
      // User 3 has no e-mail: last ascending, first descending.
      ['email', false, [2, 5, 1, 7, 8, 4, 6, 3]],
      ['email', true, [3, 6, 4, 8, 7, 1, 5, 2]],
      ['lastLoginAt', false, [5, 2, 3, 7, 1, 4, 6, 8]],
      ['lastLoginAt', true, [1, 4, 6, 8, 7, 2, 3, 5]],
      ['createdAt', true, [7, 8, 5, 6, 3, 4, 1, 2]],
    ];
    for (const [field, descending, expected] of orders) {
      const sort = { field, descending };
      it(`orders by ${field}${descending ? ' descending' : ''}, and walks it by keyset in pages of 1, 3 and 8`, async () => {
        expect(await ids({ sort })).toEqual(expected);
        for (const size of [1, 3, 8]) expect(await walk(sort, size)).toEqual(expected);
      });
    }

    it('keeps a sorted walk stable under inserts: users before the position never appear, later ones once', async () => {
      const { stores } = fixture();
      const seen = await walk({ field: 'lastName', descending: false }, 3, async (turn) => {
        if (turn !== 1) return;
        await stores.users.insert(makeUser({ id: 20, lastName: 'aardvark' }));
        await stores.users.insert(makeUser({ id: 21, lastName: 'zulu' }));
        await stores.users.insert(makeUser({ id: 22, lastName: 'BETA' }));
      });
      expect(seen).toEqual([2, 5, 1, 3, 22, 7, 8, 4, 6, 21]);
    });

    it('matches one of several roles, a profile value in any case, and last-login bounds (no login: no match)', async () => {
      expect(await ids({ filter: { roles: ['publisher', 'administrator'] } })).toEqual([2, 3, 5, 7]);
      expect(await ids({ filter: { roles: [] } })).toEqual([]);
      expect(await ids({ filter: { profileField: 'dept', value: 'SALES' } })).toEqual([1, 3, 4, 6, 7]);
      expect(await ids({ filter: { profileField: 'dept', value: 'support' } })).toEqual([2, 5, 8]);
      expect(await ids({ filter: { profileField: 'team', value: 'sales' } })).toEqual([]);
      const after30: UserFilter = { date: 'lastLoginAt', op: 'gt', value: fixtureDate(30) };
      expect(await ids({ filter: after30 })).toEqual([2, 3, 7]);
      expect(await ids({ filter: { date: 'lastLoginAt', op: 'lt', value: fixtureDate(50) } })).toEqual([5]);
      expect(await ids({ filter: { not: after30 } })).toEqual([1, 4, 5, 6, 8]);
      const both: UserFilter = { and: [{ roles: ['publisher'] }, { date: 'lastLoginAt', op: 'ge', value: fixtureDate(20) }] };
      const page = await list({ filter: both });
      expect([page.items.map((user) => user.id), page.total]).toEqual([[2, 5], 2]);
    });

    it('without a count: no total, and whether more follow, by offset and by keyset', async () => {
      const first = await list({ limit: 3, countTotal: false });
      expect([first.items.map((user) => user.id), first.total, first.hasMore]).toEqual([[1, 2, 3], undefined, true]);
      const tail = await list({ limit: 3, offset: 5, countTotal: false });
      expect([tail.items.map((user) => user.id), tail.hasMore]).toEqual([[6, 7, 8], false]);
      const after = await list({ limit: 2, countTotal: false, after: { createdAt: fixtureDate(30), id: 6 } });
      expect([after.items.map((user) => user.id), after.total, after.hasMore]).toEqual([[7, 8], undefined, false]);
      expect((await list({ limit: 3 })).total).toBe(8);
      expect((await list({ limit: 3, organizationIds: [] })).items).toEqual([]);
    });
  });
}
