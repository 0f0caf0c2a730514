import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createPrometheusMetrics,
  createRoster,
  SilentLogger,
  type PrometheusMetrics,
  type Roster,
  type RosterStores,
  type WebhookDeliveryHandle,
  type WebhookOutboxEntry,
} from '@roster/core';
import { createMemoryStores } from '@roster/memory';
import { makeTenant, makeWebhookEndpoint } from '@roster/testing';
import { sampleValue } from './metrics-sample';

/**
 * docs/observability.md, "Webhook delivery": real attempts by the delivery worker against a real
 * local receiver, then the host's registry is read. Every attempt is counted by its outcome (the
 * status class, a timeout, a network error, an address refused), a delivered entry's lag from
 * enqueue to delivery is observed, and no sample names a URL, its query secret or a payload.
 */
jest.setTimeout(30_000);

const TENANT = 'tenant-hook-metrics';
const URL_SECRET = 'url-token-5e1b9c';
const PAYLOAD_MARK = 'payload-mark-7d3a';
/** The ok entry was enqueued this long before the worker started: its lag lands between the 60 s and 120 s buckets. */
const OK_AGE_MS = 90_000;

/** Answers per path: /ok 204, /down 503, /missing 404, /moved 307; /slow holds the request past the worker's timeout. */
async function startReceiver(): Promise<{ server: Server; url: string; hits: string[] }> {
  const hits: string[] = [];
  const statuses: Record<string, number> = { '/ok': 204, '/down': 503, '/missing': 404, '/moved': 307 };
  const server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0] ?? '';
    hits.push(path);
    request.resume();
    request.on('end', () => {
      if (path === '/slow') {
        setTimeout(() => response.writeHead(204).end(), 6000).unref();
        return;
      }
      response.writeHead(statuses[path] ?? 500, path === '/moved' ? { location: 'http://127.0.0.1:1/' } : {}).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}

/** A port that was just listened on and closed: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function addEndpoint(stores: RosterStores, id: string, url: string, createdAt: Date): Promise<void> {
  await stores.webhooks.create(makeWebhookEndpoint({ id, tenantId: TENANT, url, createdAt }));
}

const entry = (endpointId: string, createdAt: Date): WebhookOutboxEntry => ({
  id: `whmsg_${endpointId}`,
  endpointId,
  eventId: `evt_${endpointId}`,
  eventType: 'user.created',
  payload: JSON.stringify({ type: 'user.created', mark: PAYLOAD_MARK }),
  status: 'pending',
  attemptCount: 0,
  createdAt,
});

describe('webhook delivery metrics on the host registry', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let metrics: PrometheusMetrics;
  let roster: Roster;
  let stores: RosterStores;
  let worker: WebhookDeliveryHandle | null = null;

  beforeAll(async () => {
    receiver = await startReceiver();
    metrics = createPrometheusMetrics();
    stores = createMemoryStores();
    roster = createRoster({ stores, logger: new SilentLogger(), metrics, tracing: false, webhooks: { allowLoopback: true } });
    await stores.tenants.saveTenant(makeTenant({ id: TENANT, name: 'hook-metrics.example', accountUrl: null }));
  });

  afterAll(async () => {
    await worker?.stop();
    await roster.close();
    receiver.server.closeAllConnections();
    await new Promise((resolve) => receiver.server.close(resolve));
  });

  it('counts each attempt by outcome and observes the delivered entry’s lag, naming no URL, secret or payload', async () => {
    const now = Date.now();
    const targets: Record<string, string> = {
      whep_ok: `${receiver.url}/ok?token=${URL_SECRET}`,
      whep_down: `${receiver.url}/down?token=${URL_SECRET}`,
      whep_missing: `${receiver.url}/missing?token=${URL_SECRET}`,
      whep_moved: `${receiver.url}/moved?token=${URL_SECRET}`,
      whep_slow: `${receiver.url}/slow?token=${URL_SECRET}`,
      whep_closed: `http://127.0.0.1:${await closedPort()}/hook?token=${URL_SECRET}`,
      whep_private: `http://10.20.30.40/hook?token=${URL_SECRET}`,
    };
    for (const [id, url] of Object.entries(targets)) await addEndpoint(stores, id, url, new Date(now - OK_AGE_MS));
    const entries = Object.keys(targets).map((id) => entry(id, new Date(id === 'whep_ok' ? now - OK_AGE_MS : now)));
    await stores.unitOfWork.run((tx) => tx.webhookOutbox.enqueue(entries));

    worker = roster.startWebhookDelivery({ pollIntervalMs: 20, timeoutMs: 1500, random: () => 1 });
    const until = Date.now() + 15_000;
    const attempted = async (): Promise<number> => {
      let count = 0;
      for (const id of Object.keys(targets)) count += (await stores.webhooks.listDeliveries({ endpointId: id, limit: 10 })).length;
      return count;
    };
    // One attempt each: every failure backs its endpoint off for far longer than this test runs.
    while ((await attempted()) < entries.length && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 25));
    await worker.stop();
    worker = null;
    expect(await attempted()).toBe(entries.length);

    const text = await metrics.scrape();
    const attempts = (outcome: string) => sampleValue(text, 'roster_webhook_delivery_attempts_total', { outcome });
    expect({
      delivered: attempts('delivered'),
      http_3xx: attempts('http_3xx'),
      http_4xx: attempts('http_4xx'),
      http_5xx: attempts('http_5xx'),
      timeout: attempts('timeout'),
      network_error: attempts('network_error'),
      refused: attempts('refused'),
    }).toEqual({ delivered: 1, http_3xx: 1, http_4xx: 1, http_5xx: 1, timeout: 1, network_error: 1, refused: 1 });

    expect(sampleValue(text, 'roster_webhook_delivery_lag_seconds_count', {})).toBe(1);
    const sum = sampleValue(text, 'roster_webhook_delivery_lag_seconds_sum', {});
    expect(sum).toBeGreaterThanOrEqual(OK_AGE_MS / 1000);
    expect(sum).toBeLessThan(OK_AGE_MS / 1000 + 15);
    expect(sampleValue(text, 'roster_webhook_delivery_lag_seconds_bucket', { le: '60' })).toBe(0);
    expect(sampleValue(text, 'roster_webhook_delivery_lag_seconds_bucket', { le: '120' })).toBe(1);

    for (const secret of [URL_SECRET, PAYLOAD_MARK, '127.0.0.1', '10.20.30.40', 'whep_', 'whmsg_']) expect(text).not.toContain(secret);
    // The receiver saw the real attempts (the private address and the closed port never reach it).
    expect([...receiver.hits].sort()).toEqual(['/down', '/missing', '/moved', '/ok', '/slow']);
  });
});
