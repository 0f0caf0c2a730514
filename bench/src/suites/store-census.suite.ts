import type { AddressInfo } from 'node:net';
import { createRoster, type Roster } from '@roster/core';
import { createMemoryStores } from '@roster/memory';
import { seedThroughStores } from '../db/store-seeder';
import { checkScenario } from '../harness/load-runner';
import { countingStores } from '../probe/counting-stores';
import { bareExpressServer } from '../servers/bare/bare-express.server';
import { BENCH_TENANT, benchBootstrapFile } from '../servers/bench-fixture';
import type { BuiltServer } from '../servers/built-server';
import { FastPasswordHasher } from '../servers/fast-password-hasher';
import { quietLogger } from '../servers/quiet-logger';
import { rosterExpressServer } from '../servers/roster-express.server';
import { OVERHEAD_ROUTES } from './bench-requests';

export interface CensusRow {
  readonly scenario: string;
  /** Store port calls of one request, in order. */
  readonly roster: readonly string[];
  readonly handWritten: readonly string[];
}

const SEED = 50;

async function listening(built: BuiltServer): Promise<{ url: string; close: () => void }> {
  await new Promise<void>((resolve) => built.server.listen(0, '127.0.0.1', resolve));
  const { port } = built.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => built.server.close() };
}

/**
 * Section 1b: how many store calls (database round trips on a SQL store) one request of each
 * overhead route makes, in Roster and in the hand-written route. In-process, on memory stores
 * wrapped to record every port call: exact, and independent of the machine's speed.
 */
export async function runStoreCensus(): Promise<CensusRow[]> {
  const calls: string[] = [];
  const stores = countingStores(createMemoryStores(), calls);
  const hasher = new FastPasswordHasher();
  const roster: Roster = createRoster({ stores, passwordHasher: hasher, logger: quietLogger });
  await roster.bootstrap.load(benchBootstrapFile());
  const tenant = await roster.tenants.findByName(BENCH_TENANT.name);
  if (tenant === null) throw new Error('no bench tenant');
  await seedThroughStores(stores, tenant, SEED);
  const env = { stores, roster, tenant, hasher, close: () => roster.close() };
  const rosterApp = await listening(rosterExpressServer(env));
  const bareApp = await listening(bareExpressServer({ stores, hasher }));
  const callsOf = async (url: string, scenario: Parameters<typeof checkScenario>[1]): Promise<string[]> => {
    calls.length = 0;
    await checkScenario(url, scenario);
    return [...calls];
  };
  try {
    const rows: CensusRow[] = [];
    for (const { scenario } of OVERHEAD_ROUTES) {
      rows.push({
        scenario: scenario.name,
        roster: await callsOf(rosterApp.url, scenario),
        handWritten: await callsOf(bareApp.url, scenario),
      });
    }
    return rows;
  } finally {
    rosterApp.close();
    bareApp.close();
  }
}
