import type { AuditEvent } from '@roster/core';
import { makeUser } from '../fixtures';
import { contractAssertions } from './contract-helpers';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { ContractRunner } from './contract-runner';
import { CONTRACT_PROFILE_FIELDS } from './profile.contract';
import type { FixtureAccess } from './store-contract.types';

const PARALLEL = 20;
const AT = new Date('2026-12-04T10:00:00.000Z');

function event(n: number): AuditEvent {
  return {
    id: `evt_batch${String(n).padStart(4, '0')}`,
    tenantId: TENANT_A,
    type: 'user.created',
    occurredAt: new Date(Date.UTC(2025, 0, 1, 12, 0, n)),
    actor: { kind: 'apiKey', id: 'key-1', role: 'administrator' },
    target: { kind: 'user', id: String(n) },
    changes: [{ field: 'email', before: null, after: `user${n}@example.com` }],
    requestId: null,
    clientAddress: null,
    dialect: null,
    route: null,
  };
}

const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

/** The batch writes of a bulk import: many seats at once, a multi-row user insert, many events. */
export function describeBatchWrites(fixture: FixtureAccess, runner: ContractRunner): void {
  const { beforeEach, describe, expect, it } = runner;
  const { expectRosterError } = contractAssertions(expect);
  describe('batch writes', () => {
    beforeEach(async () => seedTenants(fixture().stores));

    describe('TenantStore.allocateUsers', () => {
      it('takes count seats and as many consecutive ids after those allocated one by one', async () => {
        const { stores, raw } = fixture();
        const first = await stores.tenants.allocateUser(TENANT_A, null);
        const ids = await stores.tenants.allocateUsers(TENANT_A, null, 5);
        expect(ids).toEqual(range((first ?? 0) + 1, 5));
        const next = await stores.tenants.allocateUser(TENANT_A, null);
        expect(next).toBe((first ?? 0) + 6);
        expect(await stores.tenants.countUsers(TENANT_A)).toBe(7);
        expect(await raw.seatCount(TENANT_A)).toBe(7);
        expect(await raw.seatCount(TENANT_B)).toBe(0);
      });

      it('leaves the group id counter as it was', async () => {
        const { stores } = fixture();
        const before = await stores.tenants.createGroup({ createdAt: AT, tenantId: TENANT_A, name: 'Before', organizationId: 1 });
        expect(await stores.tenants.deleteGroup(TENANT_A, before.id, new Date(Date.UTC(2025, 0, 1)))).toBe(true);
        await stores.tenants.allocateUsers(TENANT_A, null, 3);
        expect((await stores.tenants.createGroup({ createdAt: AT, tenantId: TENANT_A, name: 'After', organizationId: 1 })).id).toBe(
          before.id + 1,
        );
      });

      it('grants the seats the limit leaves, then none, changing nothing then', async () => {
        const { stores, raw } = fixture();
        expect(await stores.tenants.allocateUsers(TENANT_A, 4, 3)).toHaveLength(3);
        const rest = await stores.tenants.allocateUsers(TENANT_A, 4, 3);
        expect(rest).toHaveLength(1);
        expect(await raw.seatCount(TENANT_A)).toBe(4);
        expect(await stores.tenants.allocateUsers(TENANT_A, 4, 3)).toEqual([]);
        expect(await stores.tenants.allocateUsers(TENANT_A, 2, 1)).toEqual([]);
        expect(await stores.tenants.allocateUsers(TENANT_A, null, 0)).toEqual([]);
        expect(await raw.seatCount(TENANT_A)).toBe(4);
        // The ids of a refused allocation are not spent.
        expect(await stores.tenants.allocateUser(TENANT_A, null)).toBe((rest[0] ?? 0) + 1);
      });

      it('is undone with the unit of work it runs in, and refuses a tenant never saved', async () => {
        const { stores, raw } = fixture();
        const failure = new Error('rolled back');
        await expect(
          stores.unitOfWork.run(async (tx) => {
            expect(await tx.tenants.allocateUsers(TENANT_A, null, 10)).toHaveLength(10);
            throw failure;
          }),
        ).rejects.toBe(failure);
        expect(await raw.seatCount(TENANT_A)).toBe(0);
        expect(await stores.tenants.allocateUsers(TENANT_A, null, 2)).toEqual(range(1, 2));
        await expectRosterError(stores.tenants.allocateUsers('tenant-none', null, 2), 'TENANT_NOT_FOUND');
      });

      it('never grants past the seat limit nor the same id twice in parallel units of work', async () => {
        const { stores, raw } = fixture();
        const granted = await Promise.all(
          range(0, PARALLEL).map(() => stores.unitOfWork.run((tx) => tx.tenants.allocateUsers(TENANT_A, 45, 3))),
        );
        const ids = granted.flat();
        expect(ids).toHaveLength(45);
        expect(new Set(ids).size).toBe(45);
        expect(await raw.seatCount(TENANT_A)).toBe(45);
      });
    });

    describe('UserStore.insertMany', () => {
      it('inserts every user, with groups, counted as inserts are, and finds each', async () => {
        const { stores, raw } = fixture();
        const versionOf = async (id: number) => (await stores.tenants.findGroup(TENANT_A, id))?.version ?? 0;
        const groupVersions = [await versionOf(1), await versionOf(2)];
        const users = range(1, 5).map((id) =>
          makeUser({
            id,
            email: `batch${id}@example.com`,
            login: `Batch${id}`,
            groupIds: id % 2 ? [1, 2] : [],
            role: id % 2 ? 'user' : 'publisher',
          }),
        );
        await stores.users.insertMany(users);
        for (const user of users) {
          expect(await stores.users.findById(TENANT_A, user.id)).toEqual(user);
          expect(await stores.users.findByLogin(TENANT_A, user.login?.toUpperCase() ?? '')).toEqual(user);
        }
        expect(await raw.userCount(TENANT_A)).toBe(5);
        expect((await stores.users.list({ tenantId: TENANT_A, role: 'user', offset: 0, limit: 1 })).total).toBe(3);
        expect((await stores.users.list({ tenantId: TENANT_A, groupId: 2, offset: 0, limit: 10 })).items.map((u) => u.id)).toEqual([
          1, 3, 5,
        ]);
        // Three members joined each group: three versions on, as three inserts would.
        expect([await versionOf(1), await versionOf(2)]).toEqual(groupVersions.map((version) => version + 3));
        await stores.users.insertMany([]);
        expect(await raw.userCount(TENANT_A)).toBe(5);
      });

      it('inserts none when one e-mail is taken in the tenant (EMAIL_TAKEN), whatever its case', async () => {
        const { stores, raw } = fixture();
        await stores.users.insert(makeUser({ id: 1, email: 'ann@example.com' }));
        const batch = [makeUser({ id: 2 }), makeUser({ id: 3, email: 'ANN@example.com' }), makeUser({ id: 4 })];
        await expectRosterError(stores.users.insertMany(batch), 'EMAIL_TAKEN');
        expect(await raw.userCount(TENANT_A)).toBe(1);
        expect(await raw.user(TENANT_A, 2)).toBeNull();
        expect((await stores.users.list({ tenantId: TENANT_A, offset: 0, limit: 1 })).total).toBe(1);
        // Another tenant's user does not clash.
        await stores.users.insertMany([makeUser({ tenantId: TENANT_B, id: 1, email: 'ann@example.com' })]);
        expect(await raw.userCount(TENANT_B)).toBe(1);
      });

      it('inserts none when two users of the batch share a login (LOGIN_TAKEN) or an e-mail (EMAIL_TAKEN)', async () => {
        const { stores, raw } = fixture();
        const logins = [makeUser({ id: 1, login: 'jdoe' }), makeUser({ id: 2, login: 'JDoe' })];
        await expectRosterError(stores.users.insertMany(logins), 'LOGIN_TAKEN');
        const emails = [makeUser({ id: 1, email: 'same@example.com' }), makeUser({ id: 2, email: 'Same@Example.com' })];
        await expectRosterError(stores.users.insertMany(emails), 'EMAIL_TAKEN');
        expect(await raw.userCount(TENANT_A)).toBe(0);
      });

      it('inserts none when a unique profile value is held, by a stored user or twice in the batch (PROFILE_VALUE_TAKEN)', async () => {
        const { stores, raw } = fixture();
        const tenant = await stores.tenants.findTenantById(TENANT_A);
        await stores.tenants.saveTenant({ ...tenant!, profileFields: CONTRACT_PROFILE_FIELDS });
        await stores.users.insert(makeUser({ id: 1, profile: { EMP_CODE: 'E-1' } }));
        const held = [makeUser({ id: 2, profile: { EMP_CODE: 'E-2' } }), makeUser({ id: 3, profile: { EMP_CODE: 'e-1' } })];
        await expectRosterError(stores.users.insertMany(held), 'PROFILE_VALUE_TAKEN');
        const twice = [makeUser({ id: 2, profile: { BADGE: 'B-7' } }), makeUser({ id: 3, profile: { BADGE: 'b-7' } })];
        await expectRosterError(stores.users.insertMany(twice), 'PROFILE_VALUE_TAKEN');
        expect(await raw.userCount(TENANT_A)).toBe(1);
        const fine = [makeUser({ id: 2, profile: { EMP_CODE: 'E-2', BADGE: 'B-7' } }), makeUser({ id: 3, profile: { BADGE: 'B-8' } })];
        await stores.users.insertMany(fine);
        expect(await raw.user(TENANT_A, 2)).toMatchObject({ profile: { EMP_CODE: 'E-2', BADGE: 'B-7' } });
        await expectRosterError(stores.users.insert(makeUser({ id: 4, profile: { BADGE: 'B-8' } })), 'PROFILE_VALUE_TAKEN');
      });

      it('keeps nothing of a unit of work that throws after it, counts included', async () => {
        const { stores, raw } = fixture();
        const failure = new Error('rolled back');
        await expect(
          stores.unitOfWork.run(async (tx) => {
            await tx.users.insertMany(range(1, 3).map((id) => makeUser({ id })));
            expect((await tx.users.list({ tenantId: TENANT_A, offset: 0, limit: 1 })).total).toBe(3);
            throw failure;
          }),
        ).rejects.toBe(failure);
        expect(await raw.userCount(TENANT_A)).toBe(0);
        expect((await stores.users.list({ tenantId: TENANT_A, offset: 0, limit: 1 })).total).toBe(0);
        expect(await raw.userCountWhere(TENANT_A, { role: 'user' })).toBe(0);
      });
    });

    describe('AuditEventStore.appendMany', () => {
      it('appends every event with the unit of work, and none of one that throws', async () => {
        const { stores, raw } = fixture();
        const events = range(1, 4).map(event);
        await stores.unitOfWork.run((tx) => tx.auditEvents.appendMany(events));
        expect(await stores.auditEvents.list({ tenantId: TENANT_A, limit: 10 })).toEqual([...events].reverse());
        const failure = new Error('rolled back');
        await expect(
          stores.unitOfWork.run(async (tx) => {
            await tx.auditEvents.appendMany(range(5, 3).map(event));
            throw failure;
          }),
        ).rejects.toBe(failure);
        expect(await raw.auditEvents(TENANT_A)).toHaveLength(4);
        await stores.auditEvents.appendMany([]);
        expect(await raw.auditEvents(TENANT_A)).toHaveLength(4);
      });
    });
  });
}
