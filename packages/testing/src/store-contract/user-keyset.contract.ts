import type { User, UserListQuery, UserPage } from '@roster/core';
import { fixtureDate, makeUser } from '../fixtures';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

/**
 * Twelve users of tenant A, inserted out of order; createdAt takes four values, so most
 * neighbours tie on createdAt and the id decides. List order is id order 1…12.
 */
function people(): User[] {
  const statuses = ['active', 'inactive', 'pending'] as const;
  return [7, 2, 11, 4, 9, 1, 12, 5, 3, 10, 6, 8].map((id) =>
    makeUser({
      id,
      createdAt: fixtureDate(10 * Math.ceil(id / 3)),
      status: statuses[id % 3],
      role: id % 2 === 0 ? 'publisher' : 'user',
      organizationId: 1 + (id % 3),
      groupIds: id % 4 === 0 ? [1] : [],
    }),
  );
}

/** UserStore.list with a keyset position: exclusive, ordered, filtered, stable under inserts. */
export function describeUserKeyset(fixture: FixtureAccess, runner: ContractRunner): void {
  const { beforeEach, describe, expect, it } = runner;
  describe('UserStore.list after a keyset position', () => {
    const list = (query: Partial<UserListQuery>): Promise<UserPage> =>
      fixture().stores.users.list({ tenantId: TENANT_A, offset: 0, limit: 100, ...query });

    /** Walks all pages of `size` by keyset; `between` runs after each page. */
    async function walk(query: Partial<UserListQuery>, size: number, between?: (page: number) => Promise<void>): Promise<number[]> {
      const seen: number[] = [];
      let page = await list({ ...query, limit: size });
      for (let turn = 1; ; turn += 1) {
        seen.push(...page.items.map((user) => user.id));
        const last = page.items.at(-1);
        if (!page.hasMore || last === undefined) return seen;
        expect(turn).toBeLessThan(100);
        await between?.(turn);
        page = await list({ ...query, limit: size, offset: 5, after: { createdAt: last.createdAt, id: last.id } });
      }
    }

    beforeEach(async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      for (const user of people()) await stores.users.insert(user);
      await stores.users.insert(makeUser({ tenantId: TENANT_B, id: 13, createdAt: fixtureDate(15) }));
    });

    it('is exclusive, breaks ties on createdAt by id and ignores the offset', async () => {
      const page = await list({ after: { createdAt: fixtureDate(20), id: 4 }, offset: 3, limit: 3 });
      expect([page.items.map((user) => user.id), page.total, page.hasMore]).toEqual([[5, 6, 7], 12, true]);
      const tail = await list({ after: { createdAt: fixtureDate(40), id: 11 }, limit: 3 });
      expect([tail.items.map((user) => user.id), tail.hasMore]).toEqual([[12], false]);
      const end = await list({ after: { createdAt: fixtureDate(40), id: 12 }, limit: 3 });
      expect([end.items, end.total, end.hasMore]).toEqual([[], 12, false]);
    });

    it('tells whether offset pages have more', async () => {
      expect((await list({ offset: 0, limit: 11 })).hasMore).toBe(true);
      expect((await list({ offset: 1, limit: 11 })).hasMore).toBe(false);
      expect((await list({ offset: 0, limit: 12 })).hasMore).toBe(false);
    });

    for (const size of [1, 2, 5, 12])
      it(`walks every user exactly once, in order, by pages of ${size}`, async () => {
        expect(await walk({}, size)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      });

    const filters: [string, Partial<UserListQuery>, number[]][] = [
      ['role', { role: 'publisher' }, [2, 4, 6, 8, 10, 12]],
      ['status', { status: 'inactive' }, [1, 4, 7, 10]],
      ['organizations', { organizationIds: [1, 3] }, [2, 3, 5, 6, 8, 9, 11, 12]],
      ['group', { groupId: 1 }, [4, 8, 12]],
      ['all together', { role: 'publisher', status: 'inactive', organizationIds: [2], groupId: 1 }, [4]],
    ];
    for (const [name, query, expected] of filters)
      it(`walks with a ${name} filter`, async () => {
        expect(await walk(query, 2)).toEqual(expected);
      });

    it('walks users inserted during the walk: later ones appear once, earlier ones never', async () => {
      const { stores } = fixture();
      const seen = await walk({}, 3, async (turn) => {
        if (turn !== 2) return;
        await stores.users.insert(makeUser({ id: 20, createdAt: fixtureDate(10) }));
        await stores.users.insert(makeUser({ id: 21, createdAt: fixtureDate(30) }));
        await stores.users.insert(makeUser({ id: 22, createdAt: fixtureDate(90) }));
      });
      expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 21, 10, 11, 12, 22]);
    });
  });
}
