import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import { adminKeys, ADMIN_JSON, BASE, expectProblem, PROBLEM_JSON, type AdminSend } from './admin-client';

const HOOKS = `${BASE}/webhooks`;
/** How long a test waits for the host's delivery worker (it polls every second). */
const DELIVERY_WAIT_MS = 15_000;

interface Received {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A `node:http` receiver on loopback: it answers 204 and keeps every request it gets. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

async function waitFor<T>(what: string, find: () => T | undefined): Promise<T> {
  const until = Date.now() + DELIVERY_WAIT_MS;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`no ${what} within ${DELIVERY_WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The standardwebhooks headers of a received request. */
function signed(one: Received): Record<string, string> {
  return {
    'webhook-id': String(one.headers['webhook-id']),
    'webhook-timestamp': String(one.headers['webhook-timestamp']),
    'webhook-signature': String(one.headers['webhook-signature']),
  };
}

/**
 * docs/dialects/admin.md "Webhooks" and docs/webhooks.md, over real HTTP: the host's own delivery worker
 * delivers to a loopback receiver (the suite's host allows loopback, ConformanceHostOptions.webhooksAllowLoopback).
 */
export function describeAdminWebhooksConformance(send: () => AdminSend): void {
  describe('admin: webhooks', () => {
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    let sequence = 0;
    beforeAll(async () => {
      receiver = await startReceiver();
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
    });

    /** An endpoint of its own (a path no other one has) for user.created, its secret and how to find what it got. */
    const endpoint = async (): Promise<{ id: string; secret: string; path: string }> => {
      const path = `/hook-${process.pid}-${++sequence}`;
      const created = await send()('POST', HOOKS, { body: { url: `${receiver.url}${path}`, event_types: ['user.created'] } });
      expect(created.status).toBe(201);
      return { id: created.json.id as string, secret: created.json.secret as string, path };
    };
    const createUser = async (label: string): Promise<string> => {
      const email = `${label}-${process.pid}-${++sequence}@acme.example.com`;
      expect((await send()('POST', `${BASE}/users`, { body: { email, first_name: 'Web', last_name: 'Hook' } })).status).toBe(201);
      return email;
    };
    const deliveryOf = (path: string, email: string, skip = 0): Promise<Received> =>
      waitFor(`delivery of ${email}`, () => receiver.received.filter((one) => one.path === path && one.body.includes(email))[skip]);

    it('POST /webhooks 201: the secret (whsec_…) only in this answer, Cache-Control: no-store; never in a read or the list', async () => {
      const created = await send()('POST', HOOKS, { body: { url: `${receiver.url}/created`, description: 'conformance' } });
      expect([created.status, created.headers['content-type'], created.headers['cache-control']]).toEqual([201, ADMIN_JSON, 'no-store']);
      const secret = created.json.secret as string;
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
      expect(created.json).toMatchObject({ url: `${receiver.url}/created`, event_types: [], description: 'conformance', enabled: true });
      expect(created.headers.location).toBe(`${HOOKS}/${created.json.id}`);
      const read = await send()('GET', `${HOOKS}/${created.json.id}`);
      expect(read.status).toBe(200);
      expect(read.json.secret).toBeUndefined();
      const list = await send()('GET', HOOKS);
      expect(list.status).toBe(200);
      expect((list.json.data as { id: string }[]).map((one) => one.id)).toContain(created.json.id);
      for (const answer of [read, list]) expect(answer.text).not.toContain(secret.slice('whsec_'.length));
      expect((await send()('DELETE', `${HOOKS}/${created.json.id}`)).status).toBe(204);
    });

    it('POST /webhooks 400 WEBHOOK_URL_REFUSED for a private address (loopback is allowed on this host)', async () => {
      const refused = await send()('POST', HOOKS, { body: { url: 'http://10.0.0.1/' } });
      expect([refused.status, refused.headers['content-type']]).toEqual([400, PROBLEM_JSON]);
      expect(refused.json).toMatchObject({ status: 400, code: 'WEBHOOK_URL_REFUSED', title: 'The webhook URL is refused' });
      expect(refused.text).not.toContain('whsec_');
    });

    it('a user created through the admin API reaches the receiver as user.created, verified with Webhook#verify; the log lists it; redeliver 202 sends it again', async () => {
      const hook = await endpoint();
      const email = await createUser('hooked');
      const first = await deliveryOf(hook.path, email);
      expect(first.headers['content-type']).toBe('application/json');
      expect(new Webhook(hook.secret).verify(first.body, signed(first))).toMatchObject({
        type: 'user.created',
        data: { type: 'user.created' },
      });
      expect(() => new Webhook(hook.secret).verify(`${first.body} `, signed(first))).toThrow();

      const log = await send()('GET', `${HOOKS}/${hook.id}/deliveries`);
      expect(log.status).toBe(200);
      const attempts = log.json.data as { id: string; message_id: string; status: number; outcome: string; attempt: number }[];
      expect(attempts[0]).toMatchObject({ message_id: first.headers['webhook-id'], status: 204, outcome: 'delivered', attempt: 1 });
      expect(log.text).not.toContain(hook.secret.slice('whsec_'.length));

      const again = await send()('POST', `${HOOKS}/${hook.id}/deliveries/${attempts[0]?.id}/redeliver`);
      expect(again.status).toBe(202);
      const second = await deliveryOf(hook.path, email, 1);
      expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
      expect(new Webhook(hook.secret).verify(second.body, signed(second))).toMatchObject({ type: 'user.created' });
      expect((await send()('DELETE', `${HOOKS}/${hook.id}`)).status).toBe(204);
    });

    it('rotate-secret with grace_seconds: the next delivery carries two signatures, each verifiable with its secret', async () => {
      const hook = await endpoint();
      const rotated = await send()('POST', `${HOOKS}/${hook.id}/rotate-secret`, { body: { grace_seconds: 3600 } });
      expect([rotated.status, rotated.headers['cache-control']]).toEqual([200, 'no-store']);
      const secret = rotated.json.secret as string;
      expect(secret).toMatch(/^whsec_/);
      expect(secret).not.toBe(hook.secret);
      expect(rotated.json.previous_secret_expires_at).toEqual(expect.any(String));
      const email = await createUser('rotated');
      const delivery = await deliveryOf(hook.path, email);
      expect(String(delivery.headers['webhook-signature']).split(' ')).toHaveLength(2);
      for (const one of [secret, hook.secret])
        expect(new Webhook(one).verify(delivery.body, signed(delivery))).toMatchObject({ type: 'user.created' });
      expect((await send()('DELETE', `${HOOKS}/${hook.id}`)).status).toBe(204);
    });

    it('404 WEBHOOK_ENDPOINT_NOT_FOUND for an id that is not one, or another tenant’s; 404 WEBHOOK_DELIVERY_NOT_FOUND for a delivery the endpoint never made; 403 PERMISSION_DENIED without setting:manage', async () => {
      const hook = await endpoint();
      const notFound = ['GET', 'PATCH', 'DELETE'] as const;
      for (const method of notFound) {
        expectProblem(
          await send()(method, `${HOOKS}/whep_nobody_has_this_one`, method === 'PATCH' ? { body: { enabled: false } } : {}),
          404,
          'WEBHOOK_ENDPOINT_NOT_FOUND',
          'No such webhook endpoint',
        );
      }
      expectProblem(
        await send()('POST', `${HOOKS}/${hook.id}/deliveries/whdl_nobody_has_this_one/redeliver`),
        404,
        'WEBHOOK_DELIVERY_NOT_FOUND',
        'No such webhook delivery',
      );
      expectProblem(
        await send()('GET', `${HOOKS}/${hook.id}`, { token: adminKeys.globex }),
        404,
        'WEBHOOK_ENDPOINT_NOT_FOUND',
        'No such webhook endpoint',
      );
      expectProblem(
        await send()('GET', HOOKS, { token: adminKeys.readOnly }),
        403,
        'PERMISSION_DENIED',
        'The credential lacks the permission',
      );
      expectProblem(
        await send()('POST', HOOKS, { token: adminKeys.readOnly, body: { url: `${receiver.url}/x` } }),
        403,
        'PERMISSION_DENIED',
        'The credential lacks the permission',
      );
      expect((await send()('DELETE', `${HOOKS}/${hook.id}`)).status).toBe(204);
    });
  });
}
