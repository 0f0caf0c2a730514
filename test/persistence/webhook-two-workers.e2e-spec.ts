import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRoster, type Roster, type WebhookDeliveryHandle, type WebhookOutboxEntry } from '@roster/core';
import { createMikroOrmStores, type MikroOrmStores } from '@roster/mikro-orm';
import { makeTenant, makeWebhookEndpoint } from '@roster/testing';
import { createTestDatabase, type TestDatabase } from '../../packages/mikro-orm/src/test-support/test-databases';

/**
 * docs/webhooks.md, "Delivery": two Rosters over one PostgreSQL database of this run's own, each running
 * its delivery worker. Every event reaches each endpoint exactly once (none fails here, so at-least-once
 * allows no duplicate), in event order per endpoint, and never two deliveries to one endpoint at once:
 * the endpoint leases, claimed FOR UPDATE SKIP LOCKED, keep the workers apart.
 */
jest.setTimeout(60_000);

const TENANT = 'tenant-hooks';
const EVENTS = 15;
const ENDPOINTS = ['whep_one', 'whep_two'];
const START = Date.now();

interface Receiver {
  readonly server: Server;
  readonly url: string;
  /** Message ids per endpoint path, in the order they arrived. */
  readonly got: Map<string, string[]>;
  /** Requests that arrived while another one to the same endpoint was still being answered. */
  readonly overlaps: string[];
}

/** Holds each request 15 ms before answering 204, so two deliveries to one endpoint at once would overlap. */
async function startReceiver(): Promise<Receiver> {
  const got = new Map<string, string[]>();
  const inFlight = new Set<string>();
  const overlaps: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '';
    if (inFlight.has(path)) overlaps.push(`${path} ${String(request.headers['webhook-id'])}`);
    inFlight.add(path);
    request.resume();
    request.on('end', () => {
      setTimeout(() => {
        got.set(path, [...(got.get(path) ?? []), String(request.headers['webhook-id'])]);
        inFlight.delete(path);
        response.writeHead(204).end();
      }, 15);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, got, overlaps };
}

const entry = (endpointId: string, n: number): WebhookOutboxEntry => ({
  id: `whmsg_${endpointId}_${String(n).padStart(3, '0')}`,
  endpointId,
  eventId: `evt_${String(n).padStart(3, '0')}`,
  eventType: 'user.created',
  payload: JSON.stringify({ type: 'user.created', n }),
  status: 'pending',
  attemptCount: 0,
  createdAt: new Date(START + n),
});

describe('webhook delivery: two workers on one PostgreSQL database', () => {
  let database: TestDatabase;
  let receiver: Receiver;
  const stores: MikroOrmStores[] = [];
  const rosters: Roster[] = [];
  const workers: WebhookDeliveryHandle[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgresql');
    receiver = await startReceiver();
    stores.push(await createMikroOrmStores({ url: database.url, migrate: true }));
    stores.push(await createMikroOrmStores({ url: database.url, migrate: false }));
    for (const one of stores) rosters.push(createRoster({ stores: one, webhooks: { allowLoopback: true } }));
  });

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await Promise.all(rosters.map((roster) => roster.close()));
    await new Promise((resolve) => receiver.server.close(resolve));
    await database.drop();
  });

  it('every event once per endpoint, in event order, one delivery per endpoint at a time', async () => {
    const [first] = stores;
    if (!first) throw new Error('no stores');
    await first.tenants.saveTenant(makeTenant({ id: TENANT, name: 'hooks.example', accountUrl: null }));
    for (const id of ENDPOINTS) {
      await first.webhooks.create(makeWebhookEndpoint({ id, tenantId: TENANT, url: `${receiver.url}/${id}`, createdAt: new Date(START) }));
    }
    const all = ENDPOINTS.flatMap((id) => Array.from({ length: EVENTS }, (_, n) => entry(id, n + 1)));
    // Enqueued newest first, five to a unit of work: the order delivered is the events', not the writes'.
    const shuffled = [...all].reverse();
    for (let i = 0; i < shuffled.length; i += 5) await first.unitOfWork.run((tx) => tx.webhookOutbox.enqueue(shuffled.slice(i, i + 5)));

    for (const roster of rosters) workers.push(roster.startWebhookDelivery({ pollIntervalMs: 20, timeoutMs: 5000 }));
    const until = Date.now() + 30_000;
    const delivered = (): number => [...receiver.got.values()].reduce((sum, ids) => sum + ids.length, 0);
    while (delivered() < all.length && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 25));
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));

    for (const id of ENDPOINTS) {
      expect(receiver.got.get(`/${id}`)).toEqual(all.filter((one) => one.endpointId === id).map((one) => one.id));
      expect(await first.webhooks.pendingEntries(id, 100)).toEqual([]);
    }
    expect(receiver.overlaps).toEqual([]);
    const log = await first.webhooks.listDeliveries({ endpointId: ENDPOINTS[0] ?? '', limit: 100 });
    expect(log.map((one) => [one.outcome, one.attempt])).toEqual(Array.from({ length: EVENTS }, () => ['delivered', 1]));
  });
});
