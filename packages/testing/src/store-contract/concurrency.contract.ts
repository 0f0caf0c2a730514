import { RosterError, type RosterStores, type User } from '@roster/core';
import { makeUser } from '../fixtures';
import { tally, yieldToOthers } from './contract-helpers';
import { seedTenants, TENANT_A } from './contract-seed';
import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

const PARALLEL = 50;

/**
 * Creates a user the way a service does: in a unit of work, take a seat and an id, let other
 * work run, then insert. SEAT_LIMIT_REACHED when no seat is left.
 */
function createUser(stores: RosterStores, seatLimit: number | null, build: (id: number) => User): Promise<number> {
  return stores.unitOfWork.run(async (tx) => {
    const id = await tx.tenants.allocateUser(TENANT_A, seatLimit);
    if (id === null) throw new RosterError('SEAT_LIMIT_REACHED');
    await yieldToOthers();
    await tx.users.insert(build(id));
    return id;
  });
}

function times<T>(count: number, make: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => make(index));
}

/** Uniqueness, seat limits and id allocation under parallel calls. */
export function describeConcurrency(fixture: FixtureAccess, runner: ContractRunner): void {
  const { beforeEach, describe, expect, it } = runner;
  describe('concurrency', () => {
    beforeEach(async () => seedTenants(fixture().stores));

    it(`lets exactly one of ${PARALLEL} parallel creates of one e-mail (in any case) succeed`, async () => {
      const { stores, raw } = fixture();
      const emails = ['dup@example.com', 'DUP@example.com', 'Dup@Example.com'];
      const results = await Promise.allSettled(
        times(PARALLEL, (i) => createUser(stores, null, (id) => makeUser({ id, email: emails[i % emails.length] ?? null }))),
      );

      expect(tally(results)).toEqual({ fulfilled: 1, codes: { EMAIL_TAKEN: PARALLEL - 1 } });
      expect(await raw.userCount(TENANT_A)).toBe(1);
      expect(await raw.seatCount(TENANT_A)).toBe(1);
    });

    it(`lets exactly one of ${PARALLEL} parallel creates of one login (in any case) succeed`, async () => {
      const { stores, raw } = fixture();
      const results = await Promise.allSettled(
        times(PARALLEL, (i) => createUser(stores, null, (id) => makeUser({ id, email: null, login: i % 2 ? 'jdoe' : 'JDoe' }))),
      );

      expect(tally(results)).toEqual({ fulfilled: 1, codes: { LOGIN_TAKEN: PARALLEL - 1 } });
      expect(await raw.userCount(TENANT_A)).toBe(1);
      expect(await raw.seatCount(TENANT_A)).toBe(1);
    });

    it(`lets exactly 10 of ${PARALLEL} parallel creates succeed with a seat limit of 10`, async () => {
      const { stores, raw } = fixture();
      const results = await Promise.allSettled(
        times(PARALLEL, (i) => createUser(stores, 10, (id) => makeUser({ id, email: `seat${i}@example.com` }))),
      );

      expect(tally(results)).toEqual({ fulfilled: 10, codes: { SEAT_LIMIT_REACHED: PARALLEL - 10 } });
      expect(await raw.seatCount(TENANT_A)).toBe(10);
      expect(await raw.userCount(TENANT_A)).toBe(10);
      expect(await stores.tenants.countUsers(TENANT_A)).toBe(10);
    });

    it('gives distinct ids to parallel allocations, outside and inside units of work', async () => {
      const { stores, raw } = fixture();
      const outside = times(PARALLEL, () => stores.tenants.allocateUser(TENANT_A, null));
      const inside = times(PARALLEL, () => stores.unitOfWork.run((tx) => tx.tenants.allocateUser(TENANT_A, null)));
      const ids = await Promise.all([...outside, ...inside]);

      expect(ids.every((id) => Number.isInteger(id) && (id ?? 0) > 0)).toBe(true);
      expect(new Set(ids).size).toBe(2 * PARALLEL);
      expect(await raw.seatCount(TENANT_A)).toBe(2 * PARALLEL);
    });

    it('never allocates past the seat limit in parallel', async () => {
      const { stores, raw } = fixture();
      const ids = await Promise.all(times(PARALLEL, () => stores.tenants.allocateUser(TENANT_A, 7)));

      expect(ids.filter((id) => id !== null)).toHaveLength(7);
      expect(await raw.seatCount(TENANT_A)).toBe(7);
    });

    it('lets exactly one of parallel updates from the same version succeed', async () => {
      const { stores, raw } = fixture();
      const user = makeUser({ id: 1 });
      await stores.users.insert(user);
      const results = await Promise.allSettled(
        times(10, (i) =>
          stores.unitOfWork.run(async (tx) => {
            const current = await tx.users.findById(TENANT_A, 1);
            await yieldToOthers();
            await tx.users.update({ ...(current ?? user), firstName: `Writer ${i}`, version: 2 }, 1);
          }),
        ),
      );

      expect(tally(results)).toEqual({ fulfilled: 1, codes: { VERSION_CONFLICT: 9 } });
      expect(await raw.user(TENANT_A, 1)).toMatchObject({ version: 2 });
    });
  });
}
