import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryStores } from '@roster/memory';
import { Webhook } from 'standardwebhooks';
import type { IdGenerator, WebhookEndpoint, WebhookOutboxEntry } from '../ports';
import type { RosterStores } from '../roster.types';
import { generateWebhookSecret } from './webhook-secret';
import { WebhookDeliveryWorker } from './webhook-delivery.worker';

const START = Date.UTC(2026, 0, 1);

interface Received {
  readonly id: string;
  readonly body: string;
  readonly verified: boolean;
  readonly tamperedRejected: boolean;
}

/** A receiver verifying with standardwebhooks' own Webhook#verify; `answers` are the statuses it gives, in turn (then 200). */
async function receiver(secret: string, answers: number[]): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      const verify = (payload: string): boolean => {
        try {
          new Webhook(secret).verify(payload, headers);
          return true;
        } catch {
          return false;
        }
      };
      received.push({ id: headers['webhook-id'] ?? '', body, verified: verify(body), tamperedRejected: !verify(`${body} `) });
      response.statusCode = answers.shift() ?? 200;
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

function setup(
  url: string,
  secret: string,
  start = START,
): { stores: RosterStores; clock: { at: number; now(): Date }; worker: WebhookDeliveryWorker } {
  const stores = createMemoryStores();
  const clock = { at: start, now: () => new Date(clock.at) };
  let n = 0;
  const worker = new WebhookDeliveryWorker(
    { store: stores.webhooks, clock, ids: { id: () => `id${(n += 1)}` } as IdGenerator, logger: console, allowLoopback: true },
    { random: () => 1, timeoutMs: 2000 },
  );
  const endpoint: WebhookEndpoint = {
    id: 'whep_1',
    tenantId: 't1',
    url,
    eventTypes: [],
    description: null,
    enabled: true,
    disabledReason: null,
    secret,
    previousSecret: null,
    previousSecretExpiresAt: null,
    createdAt: new Date(START),
    updatedAt: new Date(START),
  };
  void stores.webhooks.create(endpoint);
  return { stores, clock, worker };
}

const entry = (n: number): WebhookOutboxEntry => ({
  id: `whmsg_${n}`,
  endpointId: 'whep_1',
  eventId: `evt_${n}`,
  eventType: 'user.created',
  payload: JSON.stringify({ type: 'user.created', n }),
  status: 'pending',
  attemptCount: 0,
  createdAt: new Date(START),
});

describe('webhook delivery worker (real HTTP, memory store)', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('signs every delivery so standardwebhooks verifies it and refuses it tampered; in event order', async () => {
    const secret = generateWebhookSecret();
    const { server, url, received } = await receiver(secret, []);
    servers.push(server);
    // Verification checks webhook-timestamp against the real time (5 minutes' tolerance): this test's clock is it.
    const { stores, worker } = setup(url, secret, Date.now());
    await stores.unitOfWork.run((tx) => tx.webhookOutbox.enqueue([entry(2), entry(1), entry(3)]));
    expect(await worker.runOnce()).toBe(3);
    expect(received.map((one) => one.id)).toEqual(['whmsg_1', 'whmsg_2', 'whmsg_3']);
    expect(received.every((one) => one.verified && one.tamperedRejected)).toBe(true);
    expect(await stores.webhooks.pendingEntries('whep_1', 10)).toEqual([]);
    const log = await stores.webhooks.listDeliveries({ endpointId: 'whep_1', limit: 10 });
    expect(log.map((one) => [one.outcome, one.status, one.responseSnippet])).toEqual([
      ['delivered', 200, 'ok'],
      ['delivered', 200, 'ok'],
      ['delivered', 200, 'ok'],
    ]);
    await worker.stop();
  }, 20_000);

  it('500 three times then 200: retried after the backoff, then delivered once more, later events behind it in order', async () => {
    const secret = generateWebhookSecret();
    const { server, url, received } = await receiver(secret, [500, 500, 500]);
    servers.push(server);
    const { stores, clock, worker } = setup(url, secret);
    await stores.unitOfWork.run((tx) => tx.webhookOutbox.enqueue([entry(1), entry(2)]));
    expect(await worker.runOnce()).toBe(1);
    expect(await worker.runOnce()).toBe(0);
    for (const failed of [1, 2]) {
      clock.at += 30_000 * 2 ** (failed - 1);
      expect(await worker.runOnce()).toBe(1);
    }
    clock.at += 120_000;
    expect(await worker.runOnce()).toBe(2);
    expect(received.map((one) => one.id)).toEqual(['whmsg_1', 'whmsg_1', 'whmsg_1', 'whmsg_1', 'whmsg_2']);
    const log = await stores.webhooks.listDeliveries({ endpointId: 'whep_1', limit: 10 });
    expect(log.map((one) => [one.messageId, one.attempt, one.status])).toEqual([
      ['whmsg_2', 1, 200],
      ['whmsg_1', 4, 200],
      ['whmsg_1', 3, 500],
      ['whmsg_1', 2, 500],
      ['whmsg_1', 1, 500],
    ]);
    await worker.stop();
  }, 20_000);

  it('410 Gone disables the endpoint (reason gone) and stops its deliveries', async () => {
    const secret = generateWebhookSecret();
    const { server, url, received } = await receiver(secret, [410]);
    servers.push(server);
    const { stores, worker } = setup(url, secret);
    await stores.unitOfWork.run((tx) => tx.webhookOutbox.enqueue([entry(1), entry(2)]));
    expect(await worker.runOnce()).toBe(1);
    expect(await worker.runOnce()).toBe(0);
    expect(received).toHaveLength(1);
    expect(await stores.webhooks.get('t1', 'whep_1')).toMatchObject({ enabled: false, disabledReason: 'gone' });
    await worker.stop();
  }, 20_000);
});
