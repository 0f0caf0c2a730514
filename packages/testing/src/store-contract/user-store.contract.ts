import { makeUser } from '../fixtures';
import { contractAssertions } from './contract-helpers';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

/** UserStore: lookups, uniqueness, copies, versioned updates, deletes and sign-in stamps. */
export function describeUserStore(fixture: FixtureAccess, runner: ContractRunner): void {
  const { beforeEach, describe, expect, it } = runner;
  const { expectRosterError, mutable } = contractAssertions(expect);
  describe('UserStore', () => {
    beforeEach(async () => seedTenants(fixture().stores));

    it('inserts a user that every lookup then finds, and persists it', async () => {
      const { stores, raw } = fixture();
      const user = makeUser({ id: 7, email: 'ann@example.com', login: 'Ann.Lee', groupIds: [1, 2] });
      await stores.users.insert(user);

      expect(await stores.users.findById(TENANT_A, 7)).toEqual(user);
      expect(await stores.users.findByPublicId(TENANT_A, user.publicId)).toEqual(user);
      expect(await stores.users.findByEmail(TENANT_A, 'ann@example.com')).toEqual(user);
      expect(await stores.users.findByLogin(TENANT_A, 'Ann.Lee')).toEqual(user);
      expect(await raw.user(TENANT_A, 7)).toMatchObject({
        id: 7,
        publicId: user.publicId,
        email: 'ann@example.com',
        login: 'Ann.Lee',
        firstName: user.firstName,
        version: 1,
        lastLoginAt: null,
      });
      expect(await raw.userCount(TENANT_A)).toBe(1);
    });

    it('returns null on every miss, including a user of another tenant', async () => {
      const { stores } = fixture();
      const user = makeUser({ id: 1, login: 'ann' });
      await stores.users.insert(user);

      expect(await stores.users.findById(TENANT_A, 2)).toBeNull();
      expect(await stores.users.findById(TENANT_B, 1)).toBeNull();
      expect(await stores.users.findByPublicId(TENANT_A, 'usr_missing')).toBeNull();
      expect(await stores.users.findByPublicId(TENANT_B, user.publicId)).toBeNull();
      expect(await stores.users.findByEmail(TENANT_A, 'nobody@example.com')).toBeNull();
      expect(await stores.users.findByEmail(TENANT_B, user.email ?? '')).toBeNull();
      expect(await stores.users.findByLogin(TENANT_A, 'bob')).toBeNull();
      expect(await stores.users.findByLogin(TENANT_B, 'ann')).toBeNull();
    });

    it('finds a login whatever its case', async () => {
      const { stores } = fixture();
      const user = makeUser({ id: 1, login: 'JDoe' });
      await stores.users.insert(user);

      expect(await stores.users.findByLogin(TENANT_A, 'jdoe')).toEqual(user);
      expect(await stores.users.findByLogin(TENANT_A, 'JDOE')).toEqual(user);
    });

    it('rejects an e-mail taken in the tenant, whatever its case, with EMAIL_TAKEN', async () => {
      const { stores, raw } = fixture();
      await stores.users.insert(makeUser({ id: 1, email: 'ann@example.com' }));

      await expectRosterError(stores.users.insert(makeUser({ id: 2, email: 'ANN@Example.com' })), 'EMAIL_TAKEN');
      expect(await raw.user(TENANT_A, 2)).toBeNull();
      expect(await raw.userCount(TENANT_A)).toBe(1);
    });

    it('rejects a login taken in the tenant, whatever its case, with LOGIN_TAKEN', async () => {
      const { stores, raw } = fixture();
      await stores.users.insert(makeUser({ id: 1, email: null, login: 'jdoe' }));

      await expectRosterError(stores.users.insert(makeUser({ id: 2, email: null, login: 'JDoe' })), 'LOGIN_TAKEN');
      expect(await raw.userCount(TENANT_A)).toBe(1);
    });

    it('checks the e-mail before the login', async () => {
      const { stores } = fixture();
      await stores.users.insert(makeUser({ id: 1, email: 'ann@example.com', login: 'ann' }));

      await expectRosterError(stores.users.insert(makeUser({ id: 2, email: 'ann@example.com', login: 'ANN' })), 'EMAIL_TAKEN');
    });

    it('lets two tenants use the same e-mail and login', async () => {
      const { stores, raw } = fixture();
      await stores.users.insert(makeUser({ tenantId: TENANT_A, id: 1, email: 'ann@example.com', login: 'ann' }));
      await stores.users.insert(makeUser({ tenantId: TENANT_B, id: 1, email: 'ann@example.com', login: 'ann' }));

      expect(await raw.userCount(TENANT_A)).toBe(1);
      expect(await raw.userCount(TENANT_B)).toBe(1);
      expect((await stores.users.findByEmail(TENANT_B, 'ann@example.com'))?.tenantId).toBe(TENANT_B);
    });

    it('lets many users go without an e-mail or without a login', async () => {
      const { stores, raw } = fixture();
      await stores.users.insert(makeUser({ id: 1, email: null, login: 'a' }));
      await stores.users.insert(makeUser({ id: 2, email: null, login: 'b' }));
      await stores.users.insert(makeUser({ id: 3, email: 'c@example.com', login: null }));
      await stores.users.insert(makeUser({ id: 4, email: 'd@example.com', login: null }));

      expect(await raw.userCount(TENANT_A)).toBe(4);
    });

    it('rejects a second user with the same public id in the tenant', async () => {
      const { stores, raw } = fixture();
      await stores.users.insert(makeUser({ id: 1, publicId: 'usr_same' }));

      await expectRosterError(stores.users.insert(makeUser({ id: 2, publicId: 'usr_same' })), 'STORE_INTEGRITY');
      expect(await raw.user(TENANT_A, 2)).toBeNull();
    });

    it('keeps its own copies: mutating what was inserted or returned changes nothing', async () => {
      const { stores } = fixture();
      const original = makeUser({ id: 1, groupIds: [1] });
      const inserted = { ...original, groupIds: [1], settings: { ...original.settings } };
      await stores.users.insert(inserted);
      inserted.firstName = 'Changed';
      inserted.groupIds.push(2);
      inserted.settings.theme = 'dark';

      const found = mutable(await stores.users.findById(TENANT_A, 1));
      expect(found).toEqual(original);
      found.firstName = 'Changed again';
      (found.groupIds as number[]).push(3);
      found.createdAt.setUTCFullYear(1999);
      expect(await stores.users.findById(TENANT_A, 1)).toEqual(original);
    });

    describe('update', () => {
      it('replaces the user whose version is the expected one', async () => {
        const { stores, raw } = fixture();
        const user = makeUser({ id: 1, email: 'old@example.com' });
        await stores.users.insert(user);
        const changed = { ...user, email: 'new@example.com', firstName: 'Grace', version: 2 };

        await stores.users.update(changed, 1);
        expect(await stores.users.findById(TENANT_A, 1)).toEqual(changed);
        expect(await stores.users.findByEmail(TENANT_A, 'new@example.com')).toEqual(changed);
        expect(await stores.users.findByEmail(TENANT_A, 'old@example.com')).toBeNull();
        expect(await raw.user(TENANT_A, 1)).toMatchObject({ email: 'new@example.com', firstName: 'Grace', version: 2 });
      });

      it('throws VERSION_CONFLICT for a stale version and changes nothing', async () => {
        const { stores, raw } = fixture();
        const user = makeUser({ id: 1 });
        await stores.users.insert(user);
        await stores.users.update({ ...user, firstName: 'First', version: 2 }, 1);

        await expectRosterError(stores.users.update({ ...user, firstName: 'Second', version: 2 }, 1), 'VERSION_CONFLICT');
        expect(await raw.user(TENANT_A, 1)).toMatchObject({ firstName: 'First', version: 2 });
      });

      it('throws VERSION_CONFLICT for a user that is gone', async () => {
        const { stores, raw } = fixture();
        await expectRosterError(stores.users.update(makeUser({ id: 9, version: 2 }), 1), 'VERSION_CONFLICT');
        expect(await raw.user(TENANT_A, 9)).toBeNull();
      });

      it('rejects an e-mail or login of another user, and keeps the user as it was', async () => {
        const { stores, raw } = fixture();
        const ann = makeUser({ id: 1, email: 'ann@example.com', login: 'ann' });
        const bob = makeUser({ id: 2, email: 'bob@example.com', login: 'bob' });
        await stores.users.insert(ann);
        await stores.users.insert(bob);

        await expectRosterError(stores.users.update({ ...bob, email: 'ANN@example.com', version: 2 }, 1), 'EMAIL_TAKEN');
        await expectRosterError(stores.users.update({ ...bob, login: 'Ann', version: 2 }, 1), 'LOGIN_TAKEN');
        expect(await raw.user(TENANT_A, 2)).toMatchObject({ email: 'bob@example.com', login: 'bob', version: 1 });
        expect(await stores.users.findByEmail(TENANT_A, 'bob@example.com')).toEqual(bob);
      });

      it('lets a user keep its own e-mail and login, and frees the ones it gives up', async () => {
        const { stores } = fixture();
        const ann = makeUser({ id: 1, email: 'ann@example.com', login: 'ann' });
        await stores.users.insert(ann);
        await stores.users.update({ ...ann, lastName: 'Same Mail', version: 2 }, 1);
        await stores.users.update({ ...ann, email: 'ann2@example.com', login: 'ann2', version: 3 }, 2);

        await stores.users.insert(makeUser({ id: 2, email: 'ann@example.com', login: 'ANN' }));
        expect((await stores.users.findByLogin(TENANT_A, 'ann'))?.id).toBe(2);
        expect((await stores.users.findByLogin(TENANT_A, 'ann2'))?.id).toBe(1);
      });
    });

    describe('delete', () => {
      it('removes the user, answers false the second time, and frees its e-mail, login and public id', async () => {
        const { stores, raw } = fixture();
        const user = makeUser({ id: 1, email: 'ann@example.com', login: 'ann' });
        await stores.users.insert(user);
        await stores.users.insert(makeUser({ id: 2 }));

        expect(await stores.users.delete(TENANT_A, 1)).toBe(true);
        expect(await stores.users.delete(TENANT_A, 1)).toBe(false);
        expect(await stores.users.findById(TENANT_A, 1)).toBeNull();
        expect(await stores.users.findByEmail(TENANT_A, 'ann@example.com')).toBeNull();
        expect(await raw.user(TENANT_A, 1)).toBeNull();
        expect(await raw.userCount(TENANT_A)).toBe(1);

        await stores.users.insert(makeUser({ id: 3, email: 'ann@example.com', login: 'ann', publicId: user.publicId }));
        expect((await stores.users.findByPublicId(TENANT_A, user.publicId))?.id).toBe(3);
      });

      it('answers false for an unknown user or another tenant', async () => {
        const { stores, raw } = fixture();
        await stores.users.insert(makeUser({ id: 1 }));
        expect(await stores.users.delete(TENANT_A, 2)).toBe(false);
        expect(await stores.users.delete(TENANT_B, 1)).toBe(false);
        expect(await raw.userCount(TENANT_A)).toBe(1);
      });

      it('with a version, deletes only the user at that version (VERSION_CONFLICT else, the user kept)', async () => {
        const { stores, raw } = fixture();
        await stores.users.insert(makeUser({ id: 1, version: 2 }));
        await expectRosterError(stores.users.delete(TENANT_A, 1, 1), 'VERSION_CONFLICT');
        expect(await raw.userCount(TENANT_A)).toBe(1);
        expect(await stores.users.delete(TENANT_A, 2, 1)).toBe(false);
        expect(await stores.users.delete(TENANT_A, 1, 2)).toBe(true);
        expect(await raw.user(TENANT_A, 1)).toBeNull();
      });
    });

    it('records a sign-in without touching version or updatedAt', async () => {
      const { stores, raw } = fixture();
      const user = makeUser({ id: 1 });
      await stores.users.insert(user);
      const at = new Date(Date.UTC(2024, 5, 1, 12, 30, 0));

      await stores.users.touchLastLogin(TENANT_A, 1, at);
      expect(await stores.users.findById(TENANT_A, 1)).toEqual({ ...user, lastLoginAt: at });
      const row = await raw.user(TENANT_A, 1);
      expect(row?.version).toBe(1);
      expect(row?.lastLoginAt?.getTime()).toBe(at.getTime());
    });
  });
}
