import { createMemoryStores } from '@roster/memory';
import type { AuditEvent, TransactionalStores, WebhookEndpoint, WebhookSubscriber } from '../ports';
import type { RosterStores } from '../roster.types';
import { enqueueWebhookEntries } from '../webhooks/webhook-outbox';
import { cachedWebhookSubscribers, WebhookSubscriberCache } from './cached-webhook-subscribers';

class StepClock {
  at = 0;
  now(): Date {
    return new Date(this.at);
  }
}

const endpoint = (id: string, tenantId = 't1'): WebhookEndpoint => ({
  id,
  tenantId,
  url: 'https://hooks.example.com/in',
  eventTypes: [],
  description: null,
  enabled: true,
  disabledReason: null,
  secret: 'whsec_c2VjcmV0',
  previousSecret: null,
  previousSecretExpiresAt: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
});

let events = 0;
const event = (tenantId = 't1'): AuditEvent => ({
  id: `evt_${String((events += 1)).padStart(6, '0')}`,
  tenantId,
  type: 'user.created',
  occurredAt: new Date(0),
  actor: { kind: 'operator', id: null, role: null },
  target: { kind: 'user', id: '1' },
  changes: [],
  requestId: null,
  clientAddress: null,
  dialect: null,
  route: null,
});

/** Memory stores whose units of work count the outbox's subscriber reads (the store calls the cache saves). */
function counted(): { raw: RosterStores; reads: () => number } {
  const raw = createMemoryStores();
  let reads = 0;
  const unitOfWork = {
    run: <T>(work: (tx: TransactionalStores) => Promise<T>): Promise<T> =>
      raw.unitOfWork.run((tx) => {
        const outbox = tx.webhookOutbox;
        const webhookOutbox = {
          subscribers: (tenantId: string) => ((reads += 1), outbox.subscribers(tenantId)),
          enqueue: outbox.enqueue.bind(outbox),
        };
        return work({ ...tx, webhookOutbox });
      }),
  };
  return { raw: { ...raw, unitOfWork }, reads: () => reads };
}

async function setup(ttlSeconds = 5) {
  const { raw, reads } = counted();
  const clock = new StepClock();
  const stores = cachedWebhookSubscribers(raw, clock, ttlSeconds);
  await stores.webhooks.create(endpoint('whep_1'));
  let n = 0;
  /** Writes one event through the unit of work, as the audit recorder does: the number of outbox entries. */
  const write = (tenantId = 't1'): Promise<number> =>
    stores.unitOfWork.run((tx) => enqueueWebhookEntries(tx, event(tenantId), () => `m${(n += 1)}`));
  return { raw, reads, clock, stores, write };
}

describe('cachedWebhookSubscribers', () => {
  it('reads the tenant’s endpoints once for N events within the bound, then again from the bound on', async () => {
    const { reads, clock, write } = await setup();
    for (let i = 0; i < 20; i += 1) expect(await write()).toBe(1);
    expect(reads()).toBe(1);
    clock.at = 4_999;
    await write();
    expect(reads()).toBe(1);
    clock.at = 5_000;
    await write();
    expect(reads()).toBe(2);
  });

  it('keeps each tenant apart', async () => {
    const { reads, stores, write } = await setup();
    await stores.webhooks.create(endpoint('whep_2', 't2'));
    await write('t1');
    await write('t2');
    await write('t1');
    await write('t2');
    expect(reads()).toBe(2);
  });

  it('forgets the tenant on every endpoint write through it: create, update (disable, 410), delete', async () => {
    const { reads, stores, write } = await setup();
    expect(await write()).toBe(1);
    await stores.webhooks.create(endpoint('whep_2'));
    expect(await write()).toBe(2);
    await stores.webhooks.update('t1', 'whep_2', { enabled: false, disabledReason: 'admin', updatedAt: new Date(1) });
    expect(await write()).toBe(1);
    await stores.webhooks.update('t1', 'whep_2', { enabled: true, disabledReason: null, updatedAt: new Date(2) });
    expect(await write()).toBe(2);
    await stores.webhooks.update('t1', 'whep_2', { enabled: false, disabledReason: 'gone', updatedAt: new Date(3) });
    expect(await write()).toBe(1);
    await stores.webhooks.delete('t1', 'whep_1');
    expect(await write()).toBe(0);
    expect(reads()).toBe(6);
  });

  it('sees an endpoint written elsewhere (behind its back) only from the bound on', async () => {
    const { raw, clock, write } = await setup(2);
    expect(await write()).toBe(1);
    await raw.webhooks.create(endpoint('whep_2'));
    clock.at = 1_999;
    expect(await write()).toBe(1);
    clock.at = 2_000;
    expect(await write()).toBe(2);
  });

  it('keeps nothing a read brought back when an endpoint was written while it ran', async () => {
    const cache = new WebhookSubscriberCache(new StepClock(), 5_000);
    let finish: (list: readonly WebhookSubscriber[]) => void = () => undefined;
    const slow = cache.subscribers('t1', () => new Promise((resolve) => (finish = resolve)));
    // The write (and both its forgets) happens while the read is still out; the read then answers the old list.
    cache.forget('t1');
    finish([{ id: 'whep_old', eventTypes: [] }]);
    expect((await slow).map((s) => s.id)).toEqual(['whep_old']);
    let loads = 0;
    const fresh = await cache.subscribers('t1', () => ((loads += 1), Promise.resolve([{ id: 'whep_new', eventTypes: [] }])));
    expect([loads, fresh.map((s) => s.id)]).toEqual([1, ['whep_new']]);
  });

  it('keeps nothing a unit of work read when an endpoint was written after it began (its snapshot may predate the write)', async () => {
    const { stores, reads, write } = await setup();
    await stores.unitOfWork.run(async (tx) => {
      await stores.webhooks.create(endpoint('whep_2'));
      await tx.webhookOutbox.subscribers('t1');
    });
    expect(reads()).toBe(1);
    expect(await write()).toBe(2);
    expect(reads()).toBe(2);
    await write();
    expect(reads()).toBe(2);
  });

  it('caches nothing with a bound of 0', async () => {
    const { raw } = counted();
    expect(cachedWebhookSubscribers(raw, new StepClock(), 0)).toBe(raw);
  });
});
