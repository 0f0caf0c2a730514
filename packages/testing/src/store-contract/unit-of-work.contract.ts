import type { RosterStores, TransactionalStores, User } from '@roster/core';
import { hashSecret, makeApiKey, makeGroup, makeOrganization, makeTenant, makeUser } from '../fixtures';
import { contractAssertions } from './contract-helpers';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { ContractExpect, ContractRunner } from './contract-runner';
import type { FixtureAccess, RawReader } from './store-contract.types';

const ANN_EMAIL = 'ann@example.com';
const NEW_EMAIL = 'new@example.com';
const UPDATED_EMAIL = 'updated@example.com';
const KEY_SECRET = 'rk_test_uow';
const NEW_KEY_SECRET = 'rk_test_uow_new';
const ROTATED_KEY_SECRET = 'rk_test_uow_rotated';

interface RollbackCase {
  readonly name: string;
  /** Writes through the unit of work's stores, and checks (through them) that it did. */
  readonly write: (tx: TransactionalStores, ann: User) => Promise<void>;
}

/**
 * Each kind of write; they also work one after another, in this order, in one unit of work. Built
 * on the runner's `expect`, as the suite imports none.
 */
const rollbackCases = (expect: ContractExpect): readonly RollbackCase[] => [
  {
    name: 'a user insert (with its seat)',
    write: async (tx) => {
      const id = await tx.tenants.allocateUser(TENANT_A, null);
      await tx.users.insert(makeUser({ id: id ?? 0, email: NEW_EMAIL, login: 'newbie' }));
      expect(await tx.users.findByEmail(TENANT_A, NEW_EMAIL)).not.toBeNull();
    },
  },
  {
    name: 'a user update',
    write: async (tx, ann) => {
      await tx.users.update({ ...ann, email: UPDATED_EMAIL, login: 'renamed', firstName: 'Changed', version: 2 }, 1);
      expect((await tx.users.findById(TENANT_A, ann.id))?.version).toBe(2);
    },
  },
  {
    name: 'a sign-in stamp',
    write: async (tx, ann) => {
      await tx.users.touchLastLogin(TENANT_A, ann.id, new Date(Date.UTC(2024, 8, 1)));
      expect((await tx.users.findById(TENANT_A, ann.id))?.lastLoginAt).not.toBeNull();
    },
  },
  {
    name: 'a user delete (with its seat)',
    write: async (tx, ann) => {
      expect(await tx.users.delete(TENANT_A, ann.id)).toBe(true);
      await tx.tenants.releaseSeat(TENANT_A);
    },
  },
  {
    name: 'a new tenant',
    write: async (tx) => {
      await tx.tenants.saveTenant(makeTenant({ id: 'tenant-new', name: 'tenant-new.example' }));
      expect(await tx.tenants.findTenantById('tenant-new')).not.toBeNull();
    },
  },
  {
    name: 'a tenant replaced',
    write: async (tx) => {
      await tx.tenants.saveTenant(makeTenant({ id: TENANT_A, name: 'renamed.example', accountUrl: null }));
      expect(await tx.tenants.findTenantByName('renamed.example')).not.toBeNull();
    },
  },
  {
    name: 'organizations saved and replaced',
    write: async (tx) => {
      await tx.tenants.saveOrganization(makeOrganization({ tenantId: TENANT_A, id: 9 }));
      await tx.tenants.saveOrganization(makeOrganization({ tenantId: TENANT_A, id: 1, name: 'Renamed' }));
      expect(await tx.tenants.findOrganization(TENANT_A, 9)).not.toBeNull();
    },
  },
  {
    name: 'groups saved and replaced',
    write: async (tx) => {
      await tx.tenants.saveGroup(makeGroup({ tenantId: TENANT_A, id: 9 }));
      await tx.tenants.saveGroup(makeGroup({ tenantId: TENANT_A, id: 1, name: 'Renamed' }));
      expect(await tx.tenants.findGroup(TENANT_A, 9)).not.toBeNull();
    },
  },
  {
    name: 'seat allocations',
    write: async (tx) => {
      expect(await tx.tenants.allocateUser(TENANT_A, null)).not.toBeNull();
      expect(await tx.tenants.allocateUser(TENANT_B, null)).not.toBeNull();
    },
  },
  {
    name: 'a seat release',
    write: async (tx) => {
      const before = await tx.tenants.countUsers(TENANT_A);
      await tx.tenants.releaseSeat(TENANT_A);
      expect(await tx.tenants.countUsers(TENANT_A)).toBe(before - 1);
    },
  },
  {
    name: 'a new API key',
    write: async (tx) => {
      await tx.apiKeys.save(makeApiKey({ id: 'k-new', secretHash: hashSecret(NEW_KEY_SECRET) }));
      expect(await tx.apiKeys.findBySecretHash(hashSecret(NEW_KEY_SECRET))).not.toBeNull();
    },
  },
  {
    name: 'an API key replaced with a new hash',
    write: async (tx) => {
      const key = await tx.apiKeys.findBySecretHash(hashSecret(KEY_SECRET));
      await tx.apiKeys.save({ ...(key ?? makeApiKey()), name: 'Rotated', secretHash: hashSecret(ROTATED_KEY_SECRET) });
      expect(await tx.apiKeys.findBySecretHash(hashSecret(KEY_SECRET))).toBeNull();
    },
  },
  {
    name: 'an API key use stamp',
    write: async (tx) => {
      await tx.apiKeys.touchLastUsed('k1', new Date(Date.UTC(2024, 8, 1)));
    },
  },
];

/** Everything a rolled-back unit of work could have changed, read raw. */
async function rawState(raw: RawReader): Promise<unknown> {
  return {
    users: [await raw.user(TENANT_A, 1), await raw.user(TENANT_A, 2), await raw.user(TENANT_A, 3)],
    userCounts: [await raw.userCount(TENANT_A), await raw.userCount(TENANT_B)],
    seats: [await raw.seatCount(TENANT_A), await raw.seatCount(TENANT_B)],
    tenants: [await raw.tenant(TENANT_A), await raw.tenant('tenant-new')],
    organizations: [await raw.organization(TENANT_A, 1), await raw.organization(TENANT_A, 9)],
    groups: [await raw.group(TENANT_A, 1), await raw.group(TENANT_A, 9)],
    apiKeys: [await raw.apiKey('k1'), await raw.apiKey('k-new')],
  };
}

/** The same, through the store's lookups: catches indexes that were not rolled back. */
async function lookups(stores: RosterStores): Promise<unknown> {
  return {
    ann: (await stores.users.findByEmail(TENANT_A, ANN_EMAIL))?.version,
    annByLogin: (await stores.users.findByLogin(TENANT_A, 'ANN'))?.id,
    newEmails: [await stores.users.findByEmail(TENANT_A, NEW_EMAIL), await stores.users.findByEmail(TENANT_A, UPDATED_EMAIL)],
    newLogins: [await stores.users.findByLogin(TENANT_A, 'newbie'), await stores.users.findByLogin(TENANT_A, 'renamed')],
    tenantA: (await stores.tenants.findTenantByName(`${TENANT_A}.example`))?.id,
    renamed: await stores.tenants.findTenantByName('renamed.example'),
    key: (await stores.apiKeys.findBySecretHash(hashSecret(KEY_SECRET)))?.name,
    newKeys: [
      await stores.apiKeys.findBySecretHash(hashSecret(NEW_KEY_SECRET)),
      await stores.apiKeys.findBySecretHash(hashSecret(ROTATED_KEY_SECRET)),
    ],
    seats: await stores.tenants.countUsers(TENANT_A),
  };
}

/** UnitOfWork: commit, rethrow, and rollback of every kind of write. */
export function describeUnitOfWork(fixture: FixtureAccess, runner: ContractRunner): void {
  const { beforeEach, describe, expect, it } = runner;
  const { expectRosterError } = contractAssertions(expect);
  const cases = rollbackCases(expect);
  describe('UnitOfWork', () => {
    let ann: User;

    beforeEach(async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      ann = makeUser({ id: 1, email: ANN_EMAIL, login: 'ann' });
      for (const user of [ann, makeUser({ id: 2 })]) {
        await stores.tenants.allocateUser(TENANT_A, null);
        await stores.users.insert(user);
      }
      await stores.apiKeys.save(makeApiKey({ id: 'k1', secretHash: hashSecret(KEY_SECRET) }));
    });

    it('keeps the writes of work that resolves, and returns its value', async () => {
      const { stores, raw } = fixture();
      const result = await stores.unitOfWork.run(async (tx) => {
        const id = await tx.tenants.allocateUser(TENANT_A, null);
        await tx.users.insert(makeUser({ id: id ?? 0, email: NEW_EMAIL }));
        await tx.users.update({ ...ann, firstName: 'Kept', version: 2 }, 1);
        return id;
      });

      expect(typeof result).toBe('number');
      expect(await raw.user(TENANT_A, result ?? 0)).toMatchObject({ email: NEW_EMAIL });
      expect(await raw.user(TENANT_A, 1)).toMatchObject({ firstName: 'Kept', version: 2 });
      expect(await raw.seatCount(TENANT_A)).toBe(3);
    });

    it('rethrows the very error the work threw', async () => {
      const { stores } = fixture();
      const failure = new Error('work failed');
      await expect(stores.unitOfWork.run(async () => Promise.reject(failure))).rejects.toBe(failure);
    });

    for (const { name, write } of cases)
      it(`leaves nothing behind of ${name} when the work throws`, async () => {
        const { stores, raw } = fixture();
        const rawBefore = await rawState(raw);
        const lookupsBefore = await lookups(stores);
        const failure = new Error('after the write');

        await expect(
          stores.unitOfWork.run(async (tx) => {
            await write(tx, ann);
            throw failure;
          }),
        ).rejects.toBe(failure);

        expect(await rawState(raw)).toEqual(rawBefore);
        expect(await lookups(stores)).toEqual(lookupsBefore);
      });

    it('leaves nothing behind of all kinds of writes at once', async () => {
      const { stores, raw } = fixture();
      const rawBefore = await rawState(raw);
      const lookupsBefore = await lookups(stores);
      const failure = new Error('after all writes');

      await expect(
        stores.unitOfWork.run(async (tx) => {
          for (const { write } of cases) await write(tx, ann);
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await rawState(raw)).toEqual(rawBefore);
      expect(await lookups(stores)).toEqual(lookupsBefore);
    });

    it('rolls back a seat when a store error ends the work', async () => {
      const { stores, raw } = fixture();
      const work = stores.unitOfWork.run(async (tx) => {
        const id = await tx.tenants.allocateUser(TENANT_A, null);
        await tx.users.insert(makeUser({ id: id ?? 0, email: ANN_EMAIL.toUpperCase() }));
      });

      await expectRosterError(work, 'EMAIL_TAKEN');
      expect(await raw.seatCount(TENANT_A)).toBe(2);
      expect(await raw.userCount(TENANT_A)).toBe(2);
    });

    it('works normally after a rollback, and the rolled-back values are free again', async () => {
      const { stores, raw } = fixture();
      await expect(
        stores.unitOfWork.run(async (tx) => {
          await tx.users.insert(makeUser({ id: 3, email: NEW_EMAIL, login: 'newbie' }));
          throw new Error('undo');
        }),
      ).rejects.toThrow('undo');

      await stores.unitOfWork.run(async (tx) => tx.users.insert(makeUser({ id: 3, email: NEW_EMAIL, login: 'NEWBIE' })));
      expect(await raw.user(TENANT_A, 3)).toMatchObject({ email: NEW_EMAIL, login: 'NEWBIE' });
    });

    it('applies writes made outside a unit of work at once', async () => {
      const { stores, raw } = fixture();
      await stores.users.insert(makeUser({ id: 3 }));
      expect(await raw.user(TENANT_A, 3)).not.toBeNull();
      await stores.users.delete(TENANT_A, 3);
      expect(await raw.user(TENANT_A, 3)).toBeNull();
    });
  });
}
