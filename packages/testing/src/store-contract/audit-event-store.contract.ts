import type { AuditEvent, AuditEventType } from '@roster/core';
import { makeUser } from '../fixtures';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

const BASE = Date.UTC(2025, 0, 1, 12, 0, 0);

function event(n: number, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: `evt_${String(n).padStart(6, '0')}`,
    tenantId: TENANT_A,
    type: 'user.updated',
    occurredAt: new Date(BASE + n * 1000),
    actor: { kind: 'apiKey', id: 'key-1', role: 'admin' },
    target: { kind: 'user', id: String(n % 3) },
    changes: [{ field: 'firstName', before: 'Ann', after: `Ann ${n}` }],
    requestId: `req-${n}`,
    clientAddress: '203.0.113.9',
    dialect: 'admin',
    route: 'updateUser',
    ...overrides,
  };
}

/** `auditEvents`: appended with the unit of work (kept exactly when it commits), read newest first with filters and a keyset. */
export function describeAuditEventStore(fixture: FixtureAccess, runner: ContractRunner): void {
  const { expect, it } = runner;
  runner.describe('AuditEventStore', () => {
    it('keeps an event appended in a committed unit of work, with the change, and reads it back as written', async () => {
      const { stores, raw } = fixture();
      await seedTenants(stores);
      const written = event(1, { changes: [{ field: 'groupIds', before: [1], after: [1, 2] }], target: { kind: 'user', id: '1' } });
      await stores.unitOfWork.run(async (tx) => {
        await tx.users.insert(makeUser({ id: 1 }));
        await tx.auditEvents.append(written);
      });
      expect(await raw.auditEvents(TENANT_A)).toEqual([{ id: written.id, type: 'user.updated' }]);
      expect(await raw.user(TENANT_A, 1)).not.toBeNull();
      expect(await stores.auditEvents.list({ tenantId: TENANT_A, limit: 10 })).toEqual([written]);
    });

    it('keeps nothing of a unit of work that throws: neither the change nor its event', async () => {
      const { stores, raw } = fixture();
      await seedTenants(stores);
      const failure = new Error('rolled back');
      await expect(
        stores.unitOfWork.run(async (tx) => {
          await tx.users.insert(makeUser({ id: 1 }));
          await tx.auditEvents.append(event(1));
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await raw.auditEvents(TENANT_A)).toEqual([]);
      expect(await raw.user(TENANT_A, 1)).toBeNull();
      expect(await stores.auditEvents.list({ tenantId: TENANT_A, limit: 10 })).toEqual([]);
    });

    it('lists newest first, filtered by tenant, actor, target, type and time range, a page after a keyset', async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      const types: AuditEventType[] = ['user.created', 'user.updated', 'user.deleted'];
      for (let n = 1; n <= 9; n += 1) {
        const actor = { kind: 'user' as const, id: n % 2 === 0 ? '7' : '8', role: 'manager' };
        await stores.auditEvents.append(event(n, { type: types[n % 3] ?? 'user.updated', actor }));
      }
      await stores.auditEvents.append(event(10, { tenantId: TENANT_B }));
      const ids = (list: readonly AuditEvent[]): string[] => list.map((found) => found.id.slice(-2));
      const all = await stores.auditEvents.list({ tenantId: TENANT_A, limit: 100 });
      expect(ids(all)).toEqual(['09', '08', '07', '06', '05', '04', '03', '02', '01']);
      expect(ids(await stores.auditEvents.list({ tenantId: TENANT_A, limit: 3 }))).toEqual(['09', '08', '07']);
      expect(ids(await stores.auditEvents.list({ tenantId: TENANT_A, limit: 3, beforeId: 'evt_000007' }))).toEqual(['06', '05', '04']);
      expect(ids(await stores.auditEvents.list({ tenantId: TENANT_A, limit: 100, actorId: '7' }))).toEqual(['08', '06', '04', '02']);
      expect(ids(await stores.auditEvents.list({ tenantId: TENANT_A, limit: 100, targetId: '0' }))).toEqual(['09', '06', '03']);
      expect(ids(await stores.auditEvents.list({ tenantId: TENANT_A, limit: 100, types: ['user.created', 'user.deleted'] }))).toEqual([
        '09',
        '08',
        '06',
        '05',
        '03',
        '02',
      ]);
      const from = new Date(BASE + 3000);
      const to = new Date(BASE + 6000);
      expect(ids(await stores.auditEvents.list({ tenantId: TENANT_A, limit: 100, from, to }))).toEqual(['05', '04', '03']);
      expect(ids(await stores.auditEvents.list({ tenantId: TENANT_B, limit: 100 }))).toEqual(['10']);
    });

    it('purges (for the retention job only) a tenant’s events below an id, oldest first, a batch at a time', async () => {
      const { stores, raw } = fixture();
      await seedTenants(stores);
      for (let n = 1; n <= 6; n += 1) await stores.auditEvents.append(event(n));
      await stores.auditEvents.append(event(2, { id: 'evt_000002b', tenantId: TENANT_B }));
      expect(await stores.auditEvents.purgeBefore(TENANT_A, 'evt_000005', 2)).toBe(2);
      expect((await raw.auditEvents(TENANT_A)).map((found) => found.id).sort()).toEqual([
        'evt_000003',
        'evt_000004',
        'evt_000005',
        'evt_000006',
      ]);
      expect(await stores.auditEvents.purgeBefore(TENANT_A, 'evt_000005', 2)).toBe(2);
      expect(await stores.auditEvents.purgeBefore(TENANT_A, 'evt_000005', 2)).toBe(0);
      const left = await stores.auditEvents.list({ tenantId: TENANT_A, limit: 10 });
      expect(left.map((found) => found.id)).toEqual(['evt_000006', 'evt_000005']);
      expect(left[1]).toEqual(event(5));
      // Another tenant's events are not touched, whatever their ids.
      expect((await raw.auditEvents(TENANT_B)).map((found) => found.id)).toEqual(['evt_000002b']);
    });
  });
}
