import { RosterError, USER_STATUSES, type RosterStores, type User, type UserStatus } from '@roster/core';
import { makeUser } from '../fixtures';
import { contractAssertions, tally, yieldToOthers } from './contract-helpers';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { ContractRunner } from './contract-runner';
import type { FixtureAccess, RawReader } from './store-contract.types';

const PARALLEL = 50;
const ROLES = ['administrator', 'publisher', 'user'] as const;

/** Every filter the user counts answer: none, each role, each status, each (role, status). */
const FILTERS: readonly { role?: string; status?: UserStatus }[] = [
  {},
  ...ROLES.map((role) => ({ role })),
  ...USER_STATUSES.map((status) => ({ status })),
  ...ROLES.flatMap((role) => USER_STATUSES.map((status) => ({ role, status }))),
];

/** The role and status of the n-th user of a batch: cycles through every (role, status). */
function cellOf(n: number): { role: string; status: UserStatus } {
  return {
    role: ROLES[n % ROLES.length] ?? 'user',
    status: USER_STATUSES[Math.floor(n / ROLES.length) % USER_STATUSES.length] ?? 'active',
  };
}

/** `list(...).total` for each filter, and the users really stored for it (read raw), by filter. */
async function totalsAndRows(stores: RosterStores, raw: RawReader, tenantId: string): Promise<{ totals: unknown; rows: unknown }> {
  const totals: Record<string, number | undefined> = {};
  const rows: Record<string, number> = {};
  for (const filter of FILTERS) {
    const label = `${filter.role ?? '*'}/${filter.status ?? '*'}`;
    totals[label] = (await stores.users.list({ tenantId, offset: 0, limit: 1, ...filter })).total;
    rows[label] = await raw.userCountWhere(tenantId, filter);
  }
  return { totals, rows };
}

/** Updates a user the way a service does: in a unit of work, read, let other work run, write the next version. */
function changeUser(stores: RosterStores, id: number, change: Partial<User>): Promise<void> {
  return stores.unitOfWork.run(async (tx) => {
    const current = await tx.users.findById(TENANT_A, id);
    if (!current) throw new RosterError('USER_NOT_FOUND');
    await yieldToOthers();
    await tx.users.update({ ...current, ...change, version: current.version + 1 }, current.version);
  });
}

/** UserStore.list totals: exact per role and status after every kind of write, failed ones and parallel ones included. */
export function describeUserTotals(fixture: FixtureAccess, runner: ContractRunner): void {
  const { beforeEach, describe, expect, it } = runner;
  const { expectRosterError } = contractAssertions(expect);
  describe('UserStore.list totals', () => {
    const total = async (filter: { role?: string; status?: UserStatus } = {}, tenantId = TENANT_A): Promise<number | undefined> =>
      (await fixture().stores.users.list({ tenantId, offset: 0, limit: 1, ...filter })).total;
    const expectExact = async (tenantId = TENANT_A): Promise<void> => {
      const { totals, rows } = await totalsAndRows(fixture().stores, fixture().raw, tenantId);
      expect(totals).toEqual(rows);
    };

    beforeEach(async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      for (let id = 1; id <= 9; id += 1) await stores.users.insert(makeUser({ id, ...cellOf(id - 1) }));
      await stores.users.insert(makeUser({ tenantId: TENANT_B, id: 1, role: 'user', status: 'active' }));
    });

    it('counts inserted users per tenant, role and status', async () => {
      expect(await total()).toBe(9);
      expect(await total({ role: 'user' })).toBe(3);
      expect(await total({ status: 'pending' })).toBe(3);
      expect(await total({ role: 'user', status: 'active' })).toBe(1);
      expect(await total({ role: 'owner' })).toBe(0);
      expect(await total({}, TENANT_B)).toBe(1);
      expect(await total({}, 'tenant-none')).toBe(0);
      await expectExact();
      await expectExact(TENANT_B);
    });

    it('drops deleted users from their counts, and a missed delete moves nothing', async () => {
      const { stores } = fixture();
      expect(await stores.users.delete(TENANT_A, 3)).toBe(true);
      expect(await stores.users.delete(TENANT_A, 99)).toBe(false);
      expect(await stores.users.delete(TENANT_B, 9)).toBe(false);

      expect(await total()).toBe(8);
      expect(await total({ role: 'user', status: 'active' })).toBe(0);
      expect(await total({}, TENANT_B)).toBe(1);
      await expectExact();
    });

    it('moves a user between counts when its role or its status changes, and not on other changes', async () => {
      const { stores } = fixture();
      await changeUser(stores, 3, { role: 'publisher' });
      expect(await total({ role: 'user' })).toBe(2);
      expect(await total({ role: 'publisher', status: 'active' })).toBe(2);

      await changeUser(stores, 3, { status: 'inactive' });
      expect(await total({ role: 'publisher', status: 'active' })).toBe(1);
      expect(await total({ role: 'publisher', status: 'inactive' })).toBe(2);

      await changeUser(stores, 1, { role: 'user', status: 'pending' });
      await changeUser(stores, 2, { firstName: 'Renamed' });
      expect(await total({ role: 'user', status: 'pending' })).toBe(2);
      expect(await total()).toBe(9);
      await expectExact();
    });

    it('answers its own moves inside a unit of work', async () => {
      const { stores } = fixture();
      await stores.unitOfWork.run(async (tx) => {
        await tx.users.insert(makeUser({ id: 10, role: 'user', status: 'active' }));
        const current = await tx.users.findById(TENANT_A, 1);
        await tx.users.update({ ...(current ?? makeUser()), status: 'inactive', version: 2 }, 1);
        expect((await tx.users.list({ tenantId: TENANT_A, role: 'user', status: 'active', offset: 0, limit: 1 })).total).toBe(2);
        expect((await tx.users.list({ tenantId: TENANT_A, status: 'inactive', offset: 0, limit: 1 })).total).toBe(4);
      });
      expect(await total({ role: 'user', status: 'active' })).toBe(2);
      expect(await total({ status: 'inactive' })).toBe(4);
      await expectExact();
    });

    it('moves no count for a write that fails or a unit of work that rolls back', async () => {
      const { stores, raw } = fixture();
      const before = await totalsAndRows(stores, raw, TENANT_A);
      const stored = await stores.users.findById(TENANT_A, 1);

      await expectRosterError(stores.users.insert(makeUser({ id: 20, email: 'user1@example.com' })), 'EMAIL_TAKEN');
      await expectRosterError(stores.users.update({ ...(stored ?? makeUser()), role: 'user', version: 3 }, 2), 'VERSION_CONFLICT');
      await expectRosterError(
        stores.users.update({ ...(stored ?? makeUser()), role: 'user', email: 'user2@example.com', version: 2 }, 1),
        'EMAIL_TAKEN',
      );
      const failure = new Error('after the writes');
      await expect(
        stores.unitOfWork.run(async (tx) => {
          await tx.users.insert(makeUser({ id: 21, role: 'user', status: 'active' }));
          await tx.users.update({ ...(stored ?? makeUser()), role: 'user', status: 'pending', version: 2 }, 1);
          expect(await tx.users.delete(TENANT_A, 5)).toBe(true);
          throw failure;
        }),
      ).rejects.toBe(failure);
      await expectRosterError(
        stores.unitOfWork.run(async (tx) => {
          await tx.users.update({ ...(stored ?? makeUser()), status: 'pending', version: 2 }, 1);
          await tx.users.insert(makeUser({ id: 22, email: 'USER3@example.com' }));
        }),
        'EMAIL_TAKEN',
      );

      expect(await totalsAndRows(stores, raw, TENANT_A)).toEqual(before);
      expect(await total()).toBe(9);
    });

    it(`stays exact under ${PARALLEL} parallel creates and ${PARALLEL} parallel role and status changes`, async () => {
      const { stores, raw } = fixture();
      for (let id = 10; id < 10 + PARALLEL; id += 1) await stores.users.insert(makeUser({ id, ...cellOf(id) }));
      const creates = Array.from({ length: PARALLEL }, (_, n) =>
        stores.unitOfWork.run(async (tx) => {
          const id = (await tx.tenants.allocateUser(TENANT_A, null)) ?? 0;
          await yieldToOthers();
          await tx.users.insert(makeUser({ id: 1000 + id, email: `parallel${n}@example.com`, ...cellOf(n) }));
        }),
      );
      const changes = Array.from({ length: PARALLEL }, (_, n) => changeUser(stores, 10 + n, cellOf(n * 7 + 1)));
      const results = await Promise.allSettled([...creates, ...changes]);

      expect(tally(results)).toEqual({ fulfilled: 2 * PARALLEL, codes: {} });
      expect(await total()).toBe(9 + 2 * PARALLEL);
      expect(await raw.userCount(TENANT_A)).toBe(9 + 2 * PARALLEL);
      await expectExact();
    }, 60_000);
  });
}
