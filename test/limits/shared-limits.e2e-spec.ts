import { Redis } from 'ioredis';
import { Client } from 'pg';
import { SilentLogger, type SharedLimits } from '@roster/core';
import { createMemoryStores } from '@roster/memory';
import { conformanceBootstrap, fixture } from '@roster/testing';
import { connectRunLimits, ispringSignIn, POSTGRES_URL, REDIS_URL, restKey, runId, startLimitsHost, type LimitsHost } from './limits-host';

/**
 * Shared limits across instances, on the real Redis and PostgreSQL (127.0.0.1:6379, :5432, or
 * ROSTER_TEST_REDIS_URL / ROSTER_TEST_POSTGRES_URL; unreachable → the tests fail, never skip).
 * Each "process" is an Express host with its own Roster and its own connection to the store, over
 * one memory database; each run counts under a key prefix (Redis) or table (PostgreSQL) of its own.
 */
jest.setTimeout(60_000);

const PER_LOGIN = 4;
const REST_LIMIT = 5;
const logger = new SilentLogger();

/** How many wrong passwords, sent round-robin over `hosts`, are answered 401 before the first 429. */
async function failuresBeforeThrottle(hosts: readonly LimitsHost[]): Promise<{ failures: number; then: number[] }> {
  let failures = 0;
  for (let i = 0; i < PER_LOGIN * 3; i++) {
    const answer = await hosts[i % hosts.length]!.send('GET', '/user', ispringSignIn(`wrong ${i}`));
    if (answer.status === 429) break;
    expect(answer.status).toBe(401);
    failures++;
  }
  // Then the right password is refused on every instance too.
  const then = await Promise.all(
    hosts.map(async (host) => (await host.send('GET', '/user', ispringSignIn(fixture.acme.users.admin.password))).status),
  );
  return { failures, then };
}

/** How many rest-v1 requests with one key, round-robin over `hosts`, are served before the first 429. */
async function servedBeforeLimit(hosts: readonly LimitsHost[]): Promise<number> {
  let served = 0;
  for (let i = 0; i < REST_LIMIT * 3; i++) {
    const answer = await hosts[i % hosts.length]!.send('GET', '/api/v1/users', restKey());
    if (answer.status === 429) return served;
    expect(answer.status).toBe(200);
    served++;
  }
  return served;
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

async function dropTable(table: string): Promise<void> {
  const admin = new Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`drop table if exists "${table}"`);
  } finally {
    await admin.end();
  }
}

describe.each(['redis', 'postgres'] as const)('shared limits on %s across two instances', (kind) => {
  const id = runId();
  const limits: SharedLimits[] = [];
  const hosts: LimitsHost[] = [];

  /** Two hosts over one database, each with its own connection to the shared store. */
  async function twoHosts(): Promise<[LimitsHost, LimitsHost]> {
    const stores = createMemoryStores();
    const started: LimitsHost[] = [];
    for (let i = 0; i < 2; i++) {
      const shared = await connectRunLimits(kind, id, logger);
      limits.push(shared);
      started.push(
        await startLimitsHost({ stores, rateLimiterFactory: shared.factory, logger, perLogin: PER_LOGIN, restRateLimit: REST_LIMIT }),
      );
    }
    await started[0]!.roster.bootstrap.load(conformanceBootstrap);
    hosts.push(...started);
    return started as [LimitsHost, LimitsHost];
  }

  afterEach(async () => {
    for (const host of hosts.splice(0)) await host.close();
    for (const shared of limits.splice(0)) await shared.close();
    if (kind === 'redis') await sweepRedis(id);
    else await dropTable(id);
  });

  it('throttles password guesses after the same number of failures as one instance, then refuses the right password on both', async () => {
    const single = await startLimitsHost({ stores: createMemoryStores(), logger, perLogin: PER_LOGIN, restRateLimit: REST_LIMIT });
    hosts.push(single);
    await single.roster.bootstrap.load(conformanceBootstrap);
    const alone = await failuresBeforeThrottle([single]);
    expect(alone).toEqual({ failures: PER_LOGIN, then: [429] });

    const together = await failuresBeforeThrottle(await twoHosts());
    expect(together).toEqual({ failures: PER_LOGIN, then: [429, 429] });
  });

  it('counts one rest-v1 key across both instances: the limit, not twice the limit', async () => {
    expect(await servedBeforeLimit(await twoHosts())).toBe(REST_LIMIT);
  });

  it('reports the shared store in readiness', async () => {
    const [a] = await twoHosts();
    const ready = await a.send('GET', '/roster/health/ready');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toMatchObject({ status: 'up', components: { database: { status: 'up' }, limits: { status: 'up' } } });
  });
});
