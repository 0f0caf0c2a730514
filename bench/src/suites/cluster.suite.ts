import type { Profile } from '../config/profile';
import type { StorePreparer } from '../db/store-preparer';
import { checkScenario, runLoad, type LoadOptions, type LoadResult } from '../harness/load-runner';
import { log } from '../harness/log';
import { comparePaired, type PairedResult } from '../harness/paired-comparison';
import type { ProblemSink } from '../harness/problems';
import { measured } from '../harness/problems';
import type { RequestScenario } from '../harness/request-scenario';
import { startAll, stopAll } from '../harness/server-process';
import { REST_V1_GET, restV1Create } from './bench-requests';

export interface ClusterRow {
  readonly route: 'get' | 'create';
  readonly scenario: string;
  /** baseline: one instance; candidate: three instances, the same connections spread over them. */
  readonly result: PairedResult;
}

export interface ClusterReport {
  readonly instances: number;
  readonly rows: readonly ClusterRow[];
}

const INSTANCES = 3;

/** Splits `connections` over `parts` as evenly as whole numbers allow (10 over 3: 4, 3, 3). */
export function splitConnections(connections: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, index) => Math.floor(connections / parts) + (index < connections % parts ? 1 : 0));
}

/**
 * One load over several servers at once: `urls` joined by commas (how the paired comparison
 * passes a side's address), the connections split between them, the answers summed. Latency:
 * p50 is the answers-weighted mean of the parts' p50, p99 the worst part's (an approximation:
 * autocannon gives no merged histogram).
 */
export async function runSpreadLoad(urls: string, scenario: RequestScenario, options: LoadOptions): Promise<LoadResult> {
  const targets = urls.split(',');
  if (targets.length === 1) return runLoad(urls, scenario, options);
  const shares = splitConnections(options.connections, targets.length);
  const parts = await Promise.all(targets.map((url, index) => runLoad(url, scenario, { ...options, connections: shares[index]! })));
  const ok = parts.reduce((sum, part) => sum + part.ok, 0);
  const durationSeconds = Math.max(...parts.map((part) => part.durationSeconds));
  return {
    rps: parts.reduce((sum, part) => sum + part.rps, 0),
    p50: ok > 0 ? parts.reduce((sum, part) => sum + part.p50 * part.ok, 0) / ok : Number.NaN,
    p99: Math.max(...parts.map((part) => part.p99)),
    ok,
    failed: parts.reduce((sum, part) => sum + part.failed, 0),
    durationSeconds,
  };
}

const checkAll = async (urls: string, scenario: RequestScenario): Promise<void> => {
  for (const url of urls.split(',')) await checkScenario(url, scenario);
};

/**
 * Section 5: three Roster instances (Express, separate processes) on one PostgreSQL database
 * against one instance, on the same machine, get and create, paired rounds as elsewhere. The
 * load generator and every server share the machine's cores: the point is that the figures hold,
 * not that they scale.
 */
export async function runCluster(profile: Profile, stores: StorePreparer, problems: ProblemSink): Promise<ClusterReport> {
  const { spec: store } = await stores.prepare('roster_cluster', { hasher: 'fast', users: profile.baseUsers });
  // One after another: the first loads the bootstrap file, the others find it done.
  const servers = await startAll(
    Array.from({ length: 1 + INSTANCES }, () => ({ kind: 'roster-express' as const, store, hasher: 'fast' as const })),
  );
  const [single, ...cluster] = servers;
  const rows: ClusterRow[] = [];
  try {
    for (const [route, scenario] of [
      ['get', REST_V1_GET],
      ['create', restV1Create(false)],
    ] as const) {
      const what = `cluster ${scenario.name}`;
      const result = await measured(what, problems, () =>
        comparePaired(
          { label: 'one instance', url: single!.url, scenario },
          { label: `${INSTANCES} instances`, url: cluster.map((server) => server.url).join(','), scenario },
          profile.paired,
          runSpreadLoad,
          checkAll,
        ),
      );
      if (result === null) continue;
      rows.push({ route, scenario: scenario.name, result });
      log(
        `${what}: ${INSTANCES} ÷ 1 = ${result.ratio.median.toFixed(2)} ` +
          `(${result.candidate.rps.median.toFixed(0)} vs ${result.baseline.rps.median.toFixed(0)} req/s)`,
      );
    }
  } finally {
    await stopAll(servers);
  }
  return { instances: INSTANCES, rows };
}
