import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { connectSharedLimits, type SharedLimits } from '@roster/core';
import { createMemoryStores } from '@roster/memory';
import { capturingLogger, conformanceBootstrap, fixture } from '@roster/testing';
import { ispringSignIn, REDIS_URL, restKey, runId, startLimitsHost, type LimitsHost } from './limits-host';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';

/**
 * Redis unreachable (docs/shared-limits.md): password attempts fail closed (ispring's 503, never
 * a sign-in), rest-v1 keeps serving on the in-memory insurance limiter (which still counts), and
 * once Redis answers again everything is back to normal without a restart. Redis itself is never
 * stopped (other tests share it): this test's host reaches it through a proxy it cuts or stalls,
 * or points at a port nothing listens on.
 */
jest.setTimeout(60_000);

const REST_LIMIT = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rightPassword = () => ispringSignIn(fixture.acme.users.admin.password);

/** Polls `probe` until it gives `want` or `ms` pass; returns what it last gave. */
async function until<T>(probe: () => Promise<T>, want: T, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  let seen = await probe();
  while (seen !== want && Date.now() < deadline) {
    await sleep(100);
    seen = await probe();
  }
  return seen;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function sweepRedis(prefix: string): Promise<void> {
  const admin = new Redis(REDIS_URL);
  try {
    const keys = await admin.keys(`${prefix}:*`);
    if (keys.length > 0) await admin.del(...keys);
  } finally {
    admin.disconnect();
  }
}

describe('Redis unreachable: password attempts refused, request limits in-process, then normal again', () => {
  const id = runId();
  const log = capturingLogger();
  let limits: SharedLimits | undefined;
  let host: LimitsHost | undefined;
  let proxy: TcpProxy | undefined;

  const start = async (url: string) => {
    limits = await connectSharedLimits(url, { keyPrefix: id, logger: log.logger, connectTimeoutMs: 1000 });
    host = await startLimitsHost({
      stores: createMemoryStores(),
      rateLimiterFactory: limits.factory,
      logger: log.logger,
      perLogin: 10,
      restRateLimit: REST_LIMIT,
    });
    await host.roster.bootstrap.load(conformanceBootstrap);
    return host;
  };
  const signInStatus = async () => (await host!.send('GET', '/user', rightPassword())).status;
  const readyStatus = async () => (await host!.send('GET', '/roster/health/ready')).status;

  afterEach(async () => {
    await host?.close();
    await limits?.close();
    await proxy?.close();
    host = limits = proxy = undefined;
    await sweepRedis(id);
  });

  it('at a port nothing listens on: the right password gets 503, rest-v1 is served and still limited, readiness 503', async () => {
    const url = `redis://:not-logged-secret@127.0.0.1:${await closedPort()}`;
    const served = await start(url);
    const signIn = await served.send('GET', '/user', rightPassword());
    expect([signIn.status, signIn.text]).toEqual([503, expect.any(String)]);
    expect(signIn.text).not.toContain('<?xml');

    const statuses: number[] = [];
    for (let i = 0; i < REST_LIMIT + 1; i++) statuses.push((await served.send('GET', '/api/v1/users', restKey())).status);
    expect(statuses).toEqual([...Array<number>(REST_LIMIT).fill(200), 429]);

    const ready = await served.send('GET', '/roster/health/ready');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.text)).toMatchObject({
      status: 'down',
      components: { database: { status: 'up' }, limits: { status: 'down' } },
    });
    expect(ready.text).not.toContain('not-logged-secret');
    expect(ready.text).not.toContain('redis://');
    expect(JSON.stringify(log.entries)).not.toContain('not-logged-secret');
    expect(log.entries.some((entry) => entry.level === 'warn' && entry.message.includes('shared limits store unreachable'))).toBe(true);
  });

  it('cut mid-run: refused while down, and normal again (sign-in 200, readiness 200) once Redis is back, without a restart', async () => {
    proxy = await startTcpProxy(Number(new URL(REDIS_URL).port || 6379), new URL(REDIS_URL).hostname);
    await start(`redis://127.0.0.1:${proxy.port}`);
    expect(await signInStatus()).toBe(200);
    expect(await readyStatus()).toBe(200);

    await proxy.cut();
    expect(await signInStatus()).toBe(503);
    expect((await host!.send('GET', '/api/v1/users', restKey())).status).toBe(200);
    expect(await readyStatus()).toBe(503);

    await proxy.restore();
    expect(await until(signInStatus, 200, 15_000)).toBe(200);
    expect(await readyStatus()).toBe(200);
    expect(log.entries.some((entry) => entry.message.includes('shared limits store reachable again'))).toBe(true);
  });

  it('stalled mid-run (connected, never answering): refused within the command timeout, rest-v1 served; normal once it answers', async () => {
    proxy = await startTcpProxy(Number(new URL(REDIS_URL).port || 6379), new URL(REDIS_URL).hostname);
    await start(`redis://127.0.0.1:${proxy.port}`);
    expect(await signInStatus()).toBe(200);

    proxy.stall();
    const began = Date.now();
    expect(await signInStatus()).toBe(503);
    expect(Date.now() - began).toBeLessThan(10_000); // 20 × the 500 ms command timeout: refused, not hung, whatever the load
    expect((await host!.send('GET', '/api/v1/users', restKey())).status).toBe(200);

    await proxy.restore();
    // A stalled connection times out its commands; ioredis may then reconnect: either way, back.
    expect(await until(signInStatus, 200, 15_000)).toBe(200);
  });

  it('after an outage the rest-v1 key is counted on Redis again (the shared count, not the in-process one)', async () => {
    proxy = await startTcpProxy(Number(new URL(REDIS_URL).port || 6379), new URL(REDIS_URL).hostname);
    await start(`redis://127.0.0.1:${proxy.port}`);
    await proxy.cut();
    expect((await host!.send('GET', '/api/v1/users', restKey())).status).toBe(200);
    await proxy.restore();
    expect(await until(signInStatus, 200, 15_000)).toBe(200);
    const before = (await host!.send('GET', '/api/v1/users', restKey())).headers['ratelimit-remaining'];
    const admin = new Redis(REDIS_URL);
    try {
      const keys = await admin.keys(`${id}:rest-v1:*`);
      expect(keys.length).toBe(1);
      expect(Number(await admin.get(keys[0] ?? ''))).toBe(REST_LIMIT - Number(before));
    } finally {
      admin.disconnect();
    }
  });
});
