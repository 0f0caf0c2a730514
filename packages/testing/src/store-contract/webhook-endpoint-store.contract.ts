import type { WebhookDeliveryAttempt, WebhookEndpoint, WebhookEndpointStore } from '@roster/core';
import type { ContractRunner } from './contract-runner';

const BASE = Date.UTC(2025, 0, 1, 12, 0, 0);
const TENANT_A = 'tenant-a';
const TENANT_B = 'tenant-b';

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
    createdAt: new Date(BASE + n * 1000),
    updatedAt: new Date(BASE + n * 1000),
    ...overrides,
  };
}

function attempt(endpointId: string, n: number, overrides: Partial<WebhookDeliveryAttempt> = {}): WebhookDeliveryAttempt {
  return {
    id: `whdl_${String(n).padStart(4, '0')}`,
    endpointId,
    eventId: `evt_${String(n).padStart(6, '0')}`,
    attempt: 1,
    attemptedAt: new Date(BASE + n * 1000),
    status: 200,
    latencyMs: 12,
    responseSnippet: 'ok',
    outcome: 'delivered',
    ...overrides,
  };
}

/**
 * `WebhookEndpointStore`: endpoints by tenant (a tenant never sees another's), patches, the
 * delivery state per endpoint and the attempt log, newest first. `makeStore` gives an empty store.
 */
export function describeWebhookEndpointStore(makeStore: () => Promise<WebhookEndpointStore>, runner: ContractRunner): void {
  const { expect, it } = runner;
  runner.describe('WebhookEndpointStore', () => {
    it('reads an endpoint back as written, only in its own tenant', async () => {
      const store = await makeStore();
      const written = endpoint(1);
      await store.create(written);
      expect(await store.get(TENANT_A, written.id)).toEqual(written);
      expect(await store.get(TENANT_B, written.id)).toBeNull();
      expect(await store.get(TENANT_A, 'whep_none')).toBeNull();
    });

    it('refuses a second endpoint with the same id', async () => {
      const store = await makeStore();
      await store.create(endpoint(1));
      await expect(store.create(endpoint(1, { url: 'https://other.example.com/' }))).rejects.toThrow();
      expect((await store.get(TENANT_A, endpoint(1).id))?.url).toBe('https://hooks.example.com/1');
    });

    it('lists a tenant’s endpoints oldest first, and every enabled endpoint of every tenant', async () => {
      const store = await makeStore();
      await store.create(endpoint(3));
      await store.create(endpoint(1, { enabled: false, disabledReason: 'admin' }));
      await store.create(endpoint(2, { tenantId: TENANT_B }));
      expect((await store.list(TENANT_A)).map((found) => found.id)).toEqual(['whep_0001', 'whep_0003']);
      expect((await store.list(TENANT_B)).map((found) => found.id)).toEqual(['whep_0002']);
      expect((await store.listEnabled()).map((found) => found.id)).toEqual(['whep_0002', 'whep_0003']);
    });

    it('applies a patch to the named fields only, and not across tenants', async () => {
      const store = await makeStore();
      const written = endpoint(1);
      await store.create(written);
      const updatedAt = new Date(BASE + 99_000);
      expect(await store.update(TENANT_B, written.id, { enabled: false, updatedAt })).toBeNull();
      const updated = await store.update(TENANT_A, written.id, {
        eventTypes: [],
        description: null,
        enabled: false,
        disabledReason: 'gone',
        updatedAt,
      });
      const expected = { ...written, eventTypes: [], description: null, enabled: false, disabledReason: 'gone', updatedAt };
      expect(updated).toEqual(expected);
      expect(await store.get(TENANT_A, written.id)).toEqual(expected);
      expect(await store.update(TENANT_A, 'whep_none', { updatedAt })).toBeNull();
    });

    it('starts an endpoint with no cursor and no attempts, and keeps the state saved', async () => {
      const store = await makeStore();
      await store.create(endpoint(1));
      expect(await store.deliveryState('whep_0001')).toEqual({
        endpointId: 'whep_0001',
        cursor: null,
        attemptCount: 0,
        nextAttemptAt: null,
      });
      const state = { endpointId: 'whep_0001', cursor: 'evt_000004', attemptCount: 2, nextAttemptAt: new Date(BASE + 60_000) };
      await store.saveDeliveryState(state);
      expect(await store.deliveryState('whep_0001')).toEqual(state);
      await store.saveDeliveryState({ ...state, attemptCount: 0, nextAttemptAt: null });
      expect(await store.deliveryState('whep_0001')).toEqual({ ...state, attemptCount: 0, nextAttemptAt: null });
    });

    it('lists delivery attempts of one endpoint newest first, a page after a keyset', async () => {
      const store = await makeStore();
      await store.create(endpoint(1));
      await store.create(endpoint(2));
      for (let n = 1; n <= 5; n += 1) {
        await store.appendDelivery(attempt('whep_0001', n, n < 3 ? { status: 500, outcome: 'failed', attempt: n } : {}));
      }
      await store.appendDelivery(attempt('whep_0002', 6));
      const ids = (list: readonly WebhookDeliveryAttempt[]): string[] => list.map((found) => found.id);
      expect(ids(await store.listDeliveries({ endpointId: 'whep_0001', limit: 10 }))).toEqual([
        'whdl_0005',
        'whdl_0004',
        'whdl_0003',
        'whdl_0002',
        'whdl_0001',
      ]);
      expect(ids(await store.listDeliveries({ endpointId: 'whep_0001', limit: 2, beforeId: 'whdl_0004' }))).toEqual([
        'whdl_0003',
        'whdl_0002',
      ]);
      expect(await store.listDeliveries({ endpointId: 'whep_0001', limit: 1, beforeId: 'whdl_0002' })).toEqual([
        attempt('whep_0001', 1, { status: 500, outcome: 'failed', attempt: 1 }),
      ]);
    });

    it('removes an endpoint with its state and log, only in its own tenant', async () => {
      const store = await makeStore();
      await store.create(endpoint(1));
      await store.saveDeliveryState({ endpointId: 'whep_0001', cursor: 'evt_000001', attemptCount: 0, nextAttemptAt: null });
      await store.appendDelivery(attempt('whep_0001', 1));
      expect(await store.delete(TENANT_B, 'whep_0001')).toBe(false);
      expect(await store.delete(TENANT_A, 'whep_0001')).toBe(true);
      expect(await store.delete(TENANT_A, 'whep_0001')).toBe(false);
      expect(await store.get(TENANT_A, 'whep_0001')).toBeNull();
      expect(await store.listDeliveries({ endpointId: 'whep_0001', limit: 10 })).toEqual([]);
      expect((await store.deliveryState('whep_0001')).cursor).toBeNull();
    });
  });
}
