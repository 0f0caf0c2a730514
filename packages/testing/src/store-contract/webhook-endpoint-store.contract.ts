import type { WebhookDeliveryAttempt, WebhookEndpoint, WebhookOutboxEntry } from '@roster/core';
import { makeUser } from '../fixtures';
import type { ContractRunner } from './contract-runner';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { FixtureAccess } from './store-contract.types';

const BASE = Date.UTC(2025, 0, 1, 12, 0, 0);
const at = (seconds: number): Date => new Date(BASE + seconds * 1000);

function endpoint(n: number, overrides: Partial<WebhookEndpoint> = {}): WebhookEndpoint {
  return {
    id: `whep_${String(n).padStart(4, '0')}`,
    tenantId: TENANT_A,
    url: `https://hooks.example.com/${n}`,
    eventTypes: ['user.created', 'user.deleted'],
    description: `endpoint ${n}`,
    enabled: true,
    disabledReason: null,
    secret: `whsec_${Buffer.alloc(32, n).toString('base64')}`,
    previousSecret: null,
    previousSecretExpiresAt: null,
    createdAt: at(n),
    updatedAt: at(n),
    ...overrides,
  };
}

function entry(endpointId: string, n: number, overrides: Partial<WebhookOutboxEntry> = {}): WebhookOutboxEntry {
  return {
    id: `whmsg_${endpointId}_${String(n).padStart(4, '0')}`,
    endpointId,
    eventId: `evt_${String(n).padStart(6, '0')}`,
    eventType: 'user.created',
    payload: `{"n":${n}}`,
    status: 'pending',
    attemptCount: 0,
    createdAt: at(n),
    ...overrides,
  };
}

function attempt(endpointId: string, n: number, overrides: Partial<WebhookDeliveryAttempt> = {}): WebhookDeliveryAttempt {
  return {
    id: `whdl_${String(n).padStart(4, '0')}`,
    endpointId,
    messageId: `whmsg_${endpointId}_${String(n).padStart(4, '0')}`,
    eventId: `evt_${String(n).padStart(6, '0')}`,
    attempt: 1,
    attemptedAt: at(n),
    status: 200,
    latencyMs: 12,
    responseSnippet: 'ok',
    outcome: 'delivered',
    ...overrides,
  };
}

const ids = (list: readonly { readonly id: string }[]): string[] => list.map((found) => found.id);

/**
 * `webhooks` and the unit of work's `webhookOutbox`: endpoints by tenant, outbox entries kept
 * exactly with their unit of work, one lease per endpoint (never two owners at once, even when
 * claimed concurrently), entries oldest event first, redeliver, and the attempt log newest first.
 */
export function describeWebhookStore(fixture: FixtureAccess, runner: ContractRunner): void {
  const { expect, it } = runner;
  runner.describe('WebhookEndpointStore and the webhook outbox', () => {
    it('reads an endpoint back as written, only in its own tenant, and refuses a second with the same id', async () => {
      const { stores } = fixture();
      const written = endpoint(1, { previousSecret: 'whsec_old', previousSecretExpiresAt: at(50) });
      await stores.webhooks.create(written);
      expect(await stores.webhooks.get(TENANT_A, written.id)).toEqual(written);
      expect(await stores.webhooks.get(TENANT_B, written.id)).toBeNull();
      expect(await stores.webhooks.get(TENANT_A, 'whep_none')).toBeNull();
      await expect(stores.webhooks.create(endpoint(1, { url: 'https://other.example.com/' }))).rejects.toThrow();
      expect((await stores.webhooks.get(TENANT_A, written.id))?.url).toBe('https://hooks.example.com/1');
    });

    it('lists a tenant’s endpoints oldest first and applies a patch to the named fields only', async () => {
      const { stores } = fixture();
      await stores.webhooks.create(endpoint(3));
      await stores.webhooks.create(endpoint(1, { enabled: false, disabledReason: 'admin' }));
      await stores.webhooks.create(endpoint(2, { tenantId: TENANT_B }));
      expect(ids(await stores.webhooks.list(TENANT_A))).toEqual(['whep_0001', 'whep_0003']);
      expect(ids(await stores.webhooks.list(TENANT_B))).toEqual(['whep_0002']);
      const updatedAt = at(99);
      expect(await stores.webhooks.update(TENANT_B, 'whep_0003', { enabled: false, updatedAt })).toBeNull();
      const patch = { eventTypes: [], description: null, enabled: false, disabledReason: 'gone', secret: 'whsec_new', updatedAt } as const;
      const expected = { ...endpoint(3), ...patch };
      expect(await stores.webhooks.update(TENANT_A, 'whep_0003', patch)).toEqual(expected);
      expect(await stores.webhooks.get(TENANT_A, 'whep_0003')).toEqual(expected);
      expect(await stores.webhooks.update(TENANT_A, 'whep_none', { updatedAt })).toBeNull();
    });

    it('keeps outbox entries exactly with their unit of work, and names only the tenant’s enabled endpoints as subscribers', async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      await stores.webhooks.create(endpoint(1, { eventTypes: [] }));
      await stores.webhooks.create(endpoint(2, { enabled: false, disabledReason: 'admin' }));
      await stores.webhooks.create(endpoint(3, { tenantId: TENANT_B }));
      const subscribers = await stores.unitOfWork.run((tx) => tx.webhookOutbox.subscribers(TENANT_A));
      expect(subscribers).toEqual([{ id: 'whep_0001', eventTypes: [] }]);
      await stores.unitOfWork.run(async (tx) => {
        await tx.users.insert(makeUser({ id: 1 }));
        await tx.webhookOutbox.enqueue([entry('whep_0001', 1)]);
      });
      const failure = new Error('rolled back');
      await expect(
        stores.unitOfWork.run(async (tx) => {
          await tx.webhookOutbox.enqueue([entry('whep_0001', 2)]);
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await stores.webhooks.pendingEntries('whep_0001', 10)).toEqual([entry('whep_0001', 1)]);
    });

    it('lists pending entries oldest event first; a delivered one leaves the list and a redeliver brings it back', async () => {
      const { stores } = fixture();
      await stores.webhooks.create(endpoint(1));
      await stores.webhooks.create(endpoint(2));
      await stores.unitOfWork.run(async (tx) => {
        await tx.webhookOutbox.enqueue([entry('whep_0001', 3), entry('whep_0001', 1), entry('whep_0002', 2), entry('whep_0001', 2)]);
      });
      expect(ids(await stores.webhooks.pendingEntries('whep_0001', 10))).toEqual([
        'whmsg_whep_0001_0001',
        'whmsg_whep_0001_0002',
        'whmsg_whep_0001_0003',
      ]);
      expect(ids(await stores.webhooks.pendingEntries('whep_0001', 1))).toEqual(['whmsg_whep_0001_0001']);
      await stores.webhooks.updateEntry('whmsg_whep_0001_0001', { status: 'delivered', attemptCount: 2 });
      await stores.webhooks.updateEntry('whmsg_whep_0001_0002', { status: 'pending', attemptCount: 1 });
      const pending = await stores.webhooks.pendingEntries('whep_0001', 10);
      expect(pending).toEqual([entry('whep_0001', 2, { attemptCount: 1 }), entry('whep_0001', 3)]);
      expect(await stores.webhooks.redeliver('whep_0001', 'evt_000001')).toBe(true);
      expect(await stores.webhooks.redeliver('whep_0002', 'evt_000009')).toBe(false);
      expect(ids(await stores.webhooks.pendingEntries('whep_0001', 10))[0]).toBe('whmsg_whep_0001_0001');
      expect((await stores.webhooks.pendingEntries('whep_0001', 1))[0]?.attemptCount).toBe(0);
    });

    it('leases an endpoint with pending entries to one owner at a time, and not before a release’s retry time', async () => {
      const { stores } = fixture();
      await stores.webhooks.create(endpoint(1));
      await stores.webhooks.create(endpoint(2, { enabled: false, disabledReason: 'gone' }));
      await stores.webhooks.create(endpoint(3));
      expect(await stores.webhooks.claimEndpoint('w1', at(10), at(70))).toBeNull();
      await stores.unitOfWork.run((tx) => tx.webhookOutbox.enqueue([entry('whep_0001', 1), entry('whep_0002', 2)]));
      expect((await stores.webhooks.claimEndpoint('w1', at(10), at(70)))?.id).toBe('whep_0001');
      expect(await stores.webhooks.claimEndpoint('w2', at(11), at(71))).toBeNull();
      await stores.webhooks.releaseEndpoint('whep_0001', 'w2', null);
      expect(await stores.webhooks.claimEndpoint('w2', at(12), at(72))).toBeNull();
      expect((await stores.webhooks.claimEndpoint('w2', at(70), at(130)))?.id).toBe('whep_0001');
      await stores.webhooks.releaseEndpoint('whep_0001', 'w2', at(200));
      expect(await stores.webhooks.claimEndpoint('w1', at(199), at(259))).toBeNull();
      expect((await stores.webhooks.claimEndpoint('w1', at(200), at(260)))?.id).toBe('whep_0001');
      await stores.webhooks.releaseEndpoint('whep_0001', 'w1', null);
      expect((await stores.webhooks.claimEndpoint('w3', at(201), at(261)))?.id).toBe('whep_0001');
    });

    it('never leases one endpoint to two of several concurrent claims', async () => {
      const { stores } = fixture();
      for (let n = 1; n <= 3; n += 1) await stores.webhooks.create(endpoint(n));
      await stores.unitOfWork.run((tx) => tx.webhookOutbox.enqueue([1, 2, 3].map((n) => entry(`whep_000${n}`, n))));
      const claims = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => stores.webhooks.claimEndpoint(`w${n}`, at(10), at(70))));
      const claimed = claims.flatMap((found) => (found === null ? [] : [found.id])).sort();
      expect(claimed).toEqual(['whep_0001', 'whep_0002', 'whep_0003']);
    });

    it('lists delivery attempts of one endpoint newest first after a keyset, reads one, and removes all with the endpoint', async () => {
      const { stores } = fixture();
      await stores.webhooks.create(endpoint(1));
      await stores.webhooks.create(endpoint(2));
      for (let n = 1; n <= 5; n += 1) {
        await stores.webhooks.appendDelivery(attempt('whep_0001', n, n < 3 ? { status: null, outcome: 'failed', attempt: n } : {}));
      }
      await stores.webhooks.appendDelivery(attempt('whep_0002', 6));
      expect(ids(await stores.webhooks.listDeliveries({ endpointId: 'whep_0001', limit: 10 }))).toEqual([
        'whdl_0005',
        'whdl_0004',
        'whdl_0003',
        'whdl_0002',
        'whdl_0001',
      ]);
      expect(ids(await stores.webhooks.listDeliveries({ endpointId: 'whep_0001', limit: 2, beforeId: 'whdl_0004' }))).toEqual([
        'whdl_0003',
        'whdl_0002',
      ]);
      expect(await stores.webhooks.getDelivery('whep_0001', 'whdl_0001')).toEqual(
        attempt('whep_0001', 1, { status: null, outcome: 'failed', attempt: 1 }),
      );
      expect(await stores.webhooks.getDelivery('whep_0002', 'whdl_0001')).toBeNull();
      await stores.unitOfWork.run((tx) => tx.webhookOutbox.enqueue([entry('whep_0001', 1)]));
      expect(await stores.webhooks.delete(TENANT_B, 'whep_0001')).toBe(false);
      expect(await stores.webhooks.delete(TENANT_A, 'whep_0001')).toBe(true);
      expect(await stores.webhooks.delete(TENANT_A, 'whep_0001')).toBe(false);
      expect(await stores.webhooks.get(TENANT_A, 'whep_0001')).toBeNull();
      expect(await stores.webhooks.listDeliveries({ endpointId: 'whep_0001', limit: 10 })).toEqual([]);
      expect(await stores.webhooks.pendingEntries('whep_0001', 10)).toEqual([]);
      expect(ids(await stores.webhooks.listDeliveries({ endpointId: 'whep_0002', limit: 10 }))).toEqual(['whdl_0006']);
    });

    it('purges delivered entries and log rows older than a cutoff, oldest first, a batch at a time; pending and failed entries stay', async () => {
      const { stores } = fixture();
      await stores.webhooks.create(endpoint(1));
      await stores.webhooks.create(endpoint(2, { tenantId: TENANT_B }));
      const statuses = ['delivered', 'delivered', 'pending', 'failed', 'delivered', 'delivered'] as const;
      await stores.unitOfWork.run((tx) =>
        tx.webhookOutbox.enqueue([
          ...statuses.map((status, i) => entry('whep_0001', i + 1, { status })),
          entry('whep_0002', 7, { status: 'delivered' }),
        ]),
      );
      for (let n = 1; n <= 6; n += 1) await stores.webhooks.appendDelivery(attempt('whep_0001', n));
      await stores.webhooks.appendDelivery(attempt('whep_0002', 7));
      const cutoff = at(6);

      // Entries 1, 2 and 5 are delivered and older than the cutoff: two, then one, then none.
      expect(await stores.webhooks.purgeDeliveredEntries(cutoff, 2)).toBe(2);
      expect(await stores.webhooks.purgeDeliveredEntries(cutoff, 2)).toBe(1);
      expect(await stores.webhooks.purgeDeliveredEntries(cutoff, 2)).toBe(0);
      expect(ids(await stores.webhooks.pendingEntries('whep_0001', 10))).toEqual(['whmsg_whep_0001_0003']);
      // What is left can still be redelivered (the failed 4, the delivered 6 at the cutoff, the other endpoint's 7).
      for (const [endpointId, n, left] of [
        ['whep_0001', 1, false],
        ['whep_0001', 2, false],
        ['whep_0001', 4, true],
        ['whep_0001', 5, false],
        ['whep_0001', 6, true],
        ['whep_0002', 7, true],
      ] as const) {
        expect([n, await stores.webhooks.redeliver(endpointId, `evt_${String(n).padStart(6, '0')}`)]).toEqual([n, left]);
      }

      // Attempts 1 to 5 are older than the cutoff; 6 (at it) and none after stay.
      expect(await stores.webhooks.purgeDeliveries(cutoff, 3)).toBe(3);
      expect(await stores.webhooks.purgeDeliveries(cutoff, 3)).toBe(2);
      expect(await stores.webhooks.purgeDeliveries(cutoff, 3)).toBe(0);
      expect(ids(await stores.webhooks.listDeliveries({ endpointId: 'whep_0001', limit: 10 }))).toEqual(['whdl_0006']);
      expect(ids(await stores.webhooks.listDeliveries({ endpointId: 'whep_0002', limit: 10 }))).toEqual(['whdl_0007']);
    });

    it('purges the entries of an endpoint deleted since they were enqueued, whatever their status, once older than the cutoff', async () => {
      const { stores } = fixture();
      await stores.webhooks.create(endpoint(1));
      await stores.webhooks.create(endpoint(2));
      expect(await stores.webhooks.delete(TENANT_A, 'whep_0002')).toBe(true);
      // Enqueued after the delete, as by a process whose subscriber cache still listed the endpoint.
      await stores.unitOfWork.run((tx) =>
        tx.webhookOutbox.enqueue([
          entry('whep_0002', 1, { status: 'pending' }),
          entry('whep_0002', 2, { status: 'failed' }),
          entry('whep_0002', 7),
          entry('whep_0001', 3, { status: 'pending' }),
        ]),
      );
      expect(await stores.webhooks.purgeDeliveredEntries(at(6), 10)).toBe(2);
      expect(await stores.webhooks.purgeDeliveredEntries(at(6), 10)).toBe(0);
      expect(ids(await stores.webhooks.pendingEntries('whep_0001', 10))).toEqual(['whmsg_whep_0001_0003']);
      expect(await stores.webhooks.purgeDeliveredEntries(at(8), 10)).toBe(1);
      // With no endpoint left at all, every entry older than the cutoff goes.
      expect(await stores.webhooks.delete(TENANT_A, 'whep_0001')).toBe(true);
      await stores.unitOfWork.run((tx) => tx.webhookOutbox.enqueue([entry('whep_0001', 4, { status: 'pending' })]));
      expect(await stores.webhooks.purgeDeliveredEntries(at(8), 10)).toBe(1);
    });
  });
}
