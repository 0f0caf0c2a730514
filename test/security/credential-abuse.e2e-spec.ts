import {
  createRoster,
  hashApiKeySecret,
  MemoryRateLimiterFactory,
  SilentLogger,
  type ApiKeyStore,
  type RateLimiterFactory,
  type Roster,
} from '@roster/core';
import { createIspringDialect, type Dialect, type RosterRequest } from '@roster/core/http';
import { createMemoryStores } from '@roster/memory';
import { sendRequest } from '@roster/testing';
import { startHost, type RunningHost } from '../../examples/express-host/src/host';
import { matrixBootstrap } from './matrix/matrix-bootstrap';
import { FastTestHasher } from './matrix/matrix-host';
import { keyActors, TENANTS, userActors } from './matrix/matrix-world';

const admin = userActors().find((actor) => actor.role === 'administrator')!;
const adminKey = keyActors().find((actor) => actor.role === 'administrator' && actor.organizationId === null)!;
const ownerKey = keyActors().find((actor) => actor.role === 'owner' && actor.organizationId === null)!;

const signIn = (password: string): RosterRequest => ({
  method: 'GET',
  path: '/user',
  query: {},
  headers: { 'x-auth-account-url': TENANTS.alpha.accountUrl, 'x-auth-email': admin.email!, 'x-auth-password': password },
  body: Buffer.alloc(0),
  clientAddress: '192.0.2.10',
});

/**
 * Two "processes" of one host: two Roster instances over one database (here one memory store,
 * loaded once), each with its own ispring dialect and the rate-limiter factory it is given.
 */
async function twoInstances(factories: [RateLimiterFactory?, RateLimiterFactory?]): Promise<[Dialect, Dialect]> {
  const stores = createMemoryStores();
  const [a, b] = factories.map((rateLimiterFactory) =>
    createRoster({
      stores,
      passwordHasher: new FastTestHasher(),
      logger: new SilentLogger(),
      ...(rateLimiterFactory ? { rateLimiterFactory } : {}),
    }),
  ) as [Roster, Roster];
  await a.bootstrap.load(matrixBootstrap());
  return [createIspringDialect(a), createIspringDialect(b)];
}

describe('password throttling across instances', () => {
  it('two Roster instances given one shared rate-limiter factory agree: 5 failures on each, then 429 on both', async () => {
    // In one process, one MemoryRateLimiterFactory (rate-limiter-flexible's memory store); across
    // processes, a RateLimiterFlexibleFactory over Redis or PostgreSQL plays the same part.
    const shared = new MemoryRateLimiterFactory();
    const [a, b] = await twoInstances([shared, shared]);
    for (let i = 0; i < 5; i++) {
      expect((await a.handle(signIn(`guess a${i}`)))?.status).toBe(401);
      expect((await b.handle(signIn(`guess b${i}`)))?.status).toBe(401);
    }
    for (const dialect of [a, b]) {
      const answer = await dialect.handle(signIn(admin.secret));
      expect([answer?.status, answer?.body]).toEqual([429, 'Too Many Requests']);
      expect(Number(answer?.headers['Retry-After'])).toBeGreaterThanOrEqual(1);
    }
  });

  it('without a shared store each instance counts alone (so a host with several processes must pass one)', async () => {
    const [a, b] = await twoInstances([undefined, undefined]);
    for (let i = 0; i < 5; i++) {
      await a.handle(signIn(`guess a${i}`));
      await b.handle(signIn(`guess b${i}`));
    }
    expect((await a.handle(signIn(admin.secret)))?.status).toBe(200);
  });
});

describe('API keys', () => {
  it('are stored as SHA-256 hashes and looked up by hash: the secret never reaches the store', async () => {
    const stores = createMemoryStores();
    const lookups: unknown[] = [];
    const apiKeys: ApiKeyStore = new Proxy(stores.apiKeys, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          lookups.push(...args);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const roster = createRoster({ stores: { ...stores, apiKeys }, passwordHasher: new FastTestHasher(), logger: new SilentLogger() });
    await roster.bootstrap.load(matrixBootstrap());
    await roster.auth.authenticateApiKey({ secret: adminKey.secret });
    await roster.auth.authenticateApiKey({ secret: 'rk_wrong_000000000000000000000000' }).catch(() => undefined);
    const seen = JSON.stringify(lookups);
    expect(seen).toContain(hashApiKeySecret(adminKey.secret));
    for (const actor of keyActors()) expect(seen).not.toContain(actor.secret);
    const tenant = await roster.tenants.findByName('alpha');
    const stored = JSON.stringify(await stores.apiKeys.listByTenant(tenant!.id));
    expect(stored).toContain(hashApiKeySecret(ownerKey.secret));
    for (const actor of keyActors()) expect(stored).not.toContain(actor.secret);
    await roster.close();
  });
});

describe('rest-v1 rate limit per key (on in the example host)', () => {
  let host: RunningHost;
  beforeAll(async () => {
    host = await startHost({
      port: 0,
      bootstrap: matrixBootstrap(),
      passwordHasher: new FastTestHasher(),
      logger: new SilentLogger(),
      restRateLimit: 3,
    });
  });
  afterAll(() => host?.close());
  const list = (key: string) =>
    sendRequest(host.baseUrl, { method: 'GET', path: '/api/v1/users', headers: { Authorization: `Bearer ${key}` } });

  it('counts each key: past the limit 429 "Rate limit exceeded" with Retry-After and RateLimit-* headers', async () => {
    const remaining = [];
    for (let i = 0; i < 3; i++) {
      const answer = await list(adminKey.secret);
      expect(answer.status).toBe(200);
      expect(answer.headers['ratelimit-limit']).toBe('3');
      remaining.push(answer.headers['ratelimit-remaining']);
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const refused = await list(adminKey.secret);
    expect([refused.status, refused.text]).toEqual([429, '{"success":false,"message":"Rate limit exceeded"}']);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    expect(Number(refused.headers['ratelimit-reset'])).toBeGreaterThanOrEqual(1);
    // Another key has its own budget.
    expect((await list(ownerKey.secret)).status).toBe(200);
  });
});
