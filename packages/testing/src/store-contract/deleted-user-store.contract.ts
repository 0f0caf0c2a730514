import { makeTenant, makeUser } from '../fixtures';
import type { ContractRunner } from './contract-runner';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { FixtureAccess } from './store-contract.types';

const at = (iso: string): Date => new Date(iso);

/** DeletedUserStore (soft delete): kept users read back whole, keyset lists, retention reads, rollback. */
export function describeDeletedUserStore(fixture: FixtureAccess, runner: ContractRunner): void {
  const { describe, expect, it } = runner;
  describe('DeletedUserStore', () => {
    it('keeps a soft-deleted user whole (hash, profile, dates) and finds it by public id in its tenant only', async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      const user = makeUser({
        tenantId: TENANT_A,
        id: 7,
        publicId: 'usr_kept7',
        passwordHash: 'hash-7',
        lastLoginAt: at('2026-01-02T03:04:05.678Z'),
        profile: { city: 'Lyon' },
        groupIds: [1, 2],
      });
      const deletedAt = at('2026-02-01T00:00:00.123Z');
      await stores.unitOfWork.run((tx) => tx.deletedUsers.insert({ user, deletedAt }));
      const found = await stores.unitOfWork.run((tx) => tx.deletedUsers.findByPublicId(TENANT_A, 'usr_kept7'));
      expect(found).toEqual({ user, deletedAt });
      expect(await stores.unitOfWork.run((tx) => tx.deletedUsers.findByPublicId(TENANT_B, 'usr_kept7'))).toBeNull();
      expect(await stores.unitOfWork.run((tx) => tx.deletedUsers.remove(TENANT_B, 7))).toBe(false);
      expect(await stores.unitOfWork.run((tx) => tx.deletedUsers.remove(TENANT_A, 7))).toBe(true);
      expect(await stores.unitOfWork.run((tx) => tx.deletedUsers.remove(TENANT_A, 7))).toBe(false);
      expect(await stores.unitOfWork.run((tx) => tx.deletedUsers.findByPublicId(TENANT_A, 'usr_kept7'))).toBeNull();
    });

    it('lists a tenant’s entries by the user’s createdAt then id, after a keyset position, with the total', async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      const created = at('2025-05-05T05:05:05.000Z');
      const users = [3, 1, 2].map((id) =>
        makeUser({ tenantId: TENANT_A, id, publicId: `usr_k${id}`, createdAt: id === 3 ? at('2025-01-01T00:00:00.000Z') : created }),
      );
      await stores.unitOfWork.run(async (tx) => {
        for (const user of users) await tx.deletedUsers.insert({ user, deletedAt: at('2026-01-01T00:00:00.000Z') });
        await tx.deletedUsers.insert({ user: makeUser({ tenantId: TENANT_B, id: 1, publicId: 'usr_b1' }), deletedAt: created });
      });
      const first = await stores.unitOfWork.run((tx) => tx.deletedUsers.list({ tenantId: TENANT_A, limit: 2 }));
      expect(first.items.map((entry) => entry.user.id)).toEqual([3, 1]);
      expect(first).toMatchObject({ total: 3, hasMore: true });
      const rest = await stores.unitOfWork.run((tx) =>
        tx.deletedUsers.list({ tenantId: TENANT_A, limit: 2, after: { createdAt: created, id: 1 } }),
      );
      expect(rest.items.map((entry) => entry.user.id)).toEqual([2]);
      expect(rest).toMatchObject({ total: 3, hasMore: false });
    });

    it('reads the entries deleted at or before a cutoff, oldest deletion first, up to a limit', async () => {
      const { stores } = fixture();
      await stores.tenants.saveTenant(makeTenant({ id: TENANT_A, name: 'a.example' }));
      const times = ['2026-01-03T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', '2026-01-05T00:00:00.000Z'];
      await stores.unitOfWork.run(async (tx) => {
        for (const [index, time] of times.entries()) {
          await tx.deletedUsers.insert({
            user: makeUser({ tenantId: TENANT_A, id: index + 1, publicId: `usr_d${index}` }),
            deletedAt: at(time),
          });
        }
      });
      const due = await stores.unitOfWork.run((tx) => tx.deletedUsers.listDeletedBefore(TENANT_A, at('2026-01-03T00:00:00.000Z'), 10));
      expect(due.map((entry) => entry.user.id)).toEqual([2, 3, 1]);
      const limited = await stores.unitOfWork.run((tx) => tx.deletedUsers.listDeletedBefore(TENANT_A, at('2026-01-09T00:00:00.000Z'), 2));
      expect(limited.map((entry) => entry.user.id)).toEqual([2, 3]);
    });

    it('keeps nothing of a unit of work that throws', async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      const user = makeUser({ tenantId: TENANT_A, id: 9, publicId: 'usr_undo' });
      await expect(
        stores.unitOfWork.run(async (tx) => {
          await tx.deletedUsers.insert({ user, deletedAt: at('2026-01-01T00:00:00.000Z') });
          throw new Error('undo');
        }),
      ).rejects.toThrow('undo');
      expect(await stores.unitOfWork.run((tx) => tx.deletedUsers.findByPublicId(TENANT_A, 'usr_undo'))).toBeNull();
    });
  });
}
