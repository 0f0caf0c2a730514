import type { AddressInfo } from 'node:net';
import { createRoster, type Clock, type Roster } from '@roster/core';
import { createMemoryStores } from '@roster/memory';
import { seedThroughStores } from '../db/store-seeder';
import { checkScenario } from '../harness/load-runner';
import { BENCH_TENANT, benchBootstrapFile } from '../servers/bench-fixture';
import { FastPasswordHasher } from '../servers/fast-password-hasher';
import { quietLogger } from '../servers/quiet-logger';
import { rosterExpressServer } from '../servers/roster-express.server';
import { REST_V1_GET, restV1Create, restV1List } from '../suites/bench-requests';
import { countingStores } from './counting-stores';

class SteppedClock implements Clock {
  private at = Date.parse('2026-01-05T09:00:00Z');
  now(): Date {
    return new Date(this.at);
  }
  advance(seconds: number): void {
    this.at += seconds * 1000;
  }
}

/**
 * Store round trips of one rest-v1 request (issue #11's targets: get 2, list 2, create the key
 * plus one transaction), counted as port calls on the stores given to Roster, i.e. below
 * Roster's tenant and API-key cache: a lookup the cache serves costs 0. `unitOfWork.run` is one
 * transaction (BEGIN … COMMIT), the `tx.…` calls inside it its statements. The key's last use
 * was recorded less than a minute before, as on any busy key (that write happens once a minute).
 */
describe('store round trips per rest-v1 request', () => {
  const calls: string[] = [];
  const clock = new SteppedClock();
  const cacheSeconds = 5;
  let roster: Roster;
  let url: string;
  let close: () => void;

  beforeAll(async () => {
    const stores = countingStores(createMemoryStores(), calls);
    roster = createRoster({
      stores,
      passwordHasher: new FastPasswordHasher(),
      logger: quietLogger,
      clock,
      storeCacheSeconds: cacheSeconds,
    });
    await roster.bootstrap.load(benchBootstrapFile());
    const tenant = await roster.tenants.findByName(BENCH_TENANT.name);
    if (tenant?.seatLimit !== null) throw new Error('the bench tenant, without a seat limit, is needed');
    await seedThroughStores(stores, tenant, 5);
    const { server } = rosterExpressServer({ stores, roster, tenant, hasher: undefined, close: () => roster.close() });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
    await checkScenario(url, REST_V1_GET); // records the key's first use
  }, 30_000);

  afterAll(async () => {
    close();
    await roster.close();
  });

  const callsOf = async (scenario: Parameters<typeof checkScenario>[1]): Promise<string[]> => {
    calls.length = 0;
    await checkScenario(url, scenario);
    return [...calls];
  };
  const coldCache = (): void => {
    clock.advance(cacheSeconds + 1);
  };
  const create = restV1Create(false);
  const list = restV1List('page=1&limit=20', 'rest-v1 list a page');

  // The tenant (its profile-field schema orders the answer's `profile` object) comes with the key:
  // the store reads them together (`findBySecretHashWithTenant`) and the cache keeps both.
  it('get: the key with its tenant, then the user on a cold cache (2), the user alone on a warm one', async () => {
    coldCache();
    expect(await callsOf(REST_V1_GET)).toEqual(['apiKeys.findBySecretHashWithTenant', 'users.findByPublicId']);
    expect(await callsOf(REST_V1_GET)).toEqual(['users.findByPublicId']);
  }, 30_000);

  it('list: the key and the page on a cold cache (2), the page alone on a warm one', async () => {
    coldCache();
    expect(await callsOf(list)).toEqual(['apiKeys.findBySecretHashWithTenant', 'users.list']);
    expect(await callsOf(list)).toEqual(['users.list']);
  }, 30_000);

  // The audit event is written in the create's own transaction (docs/audit.md), and with it the webhook outbox entries
  // (docs/webhooks.md): the tenant's endpoints (none here, so nothing is enqueued) are read there on a cold subscriber
  // cache (webhooks.subscriberCacheSeconds, 5 s like the key cache) and not at all on a warm one; no round trip outside it.
  it('create without groups or seat limit: the key with its tenant and one transaction cold; the transaction alone warm', async () => {
    const transaction = ['unitOfWork.run', 'tx.tenants.allocateUser', 'tx.users.insert', 'tx.auditEvents.append'];
    coldCache();
    expect(await callsOf(create)).toEqual(['apiKeys.findBySecretHashWithTenant', ...transaction, 'tx.webhookOutbox.subscribers']);
    expect(await callsOf(create)).toEqual(transaction);
  }, 30_000);
});
