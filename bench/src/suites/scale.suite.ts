import type { Profile } from '../config/profile';
import { SEED_FILTER } from '../db/seed-user.model';
import type { StorePreparer } from '../db/store-preparer';
import { log } from '../harness/log';
import { checkScenario } from '../harness/load-runner';
import { comparePaired, type SideFigures } from '../harness/paired-comparison';
import { measured, type ProblemSink } from '../harness/problems';
import { startAll, stopAll } from '../harness/server-process';
import { spreadOf, type Spread } from '../harness/stats';
import { restV1List } from './bench-requests';
import { measureLastPageByCursor, type CursorScale } from './scale-cursor';
import { probeListQueries, type SqlTiming } from './sql-probe';

export interface ScaleRow {
  readonly query: string;
  readonly path: string;
  readonly small: SideFigures;
  readonly large: SideFigures;
  /** meta.total each answered. */
  readonly totals: readonly [number, number];
  /** large p50 / small p50, per round. */
  readonly latencyRatio: Spread;
  /** large req/s / small req/s, per round. */
  readonly throughputRatio: Spread;
}

export interface ScaleReport {
  readonly sizes: readonly [number, number];
  /** Seconds seeding each size took (null for memory stores). */
  readonly seedSeconds: readonly [number | null, number | null];
  readonly rows: readonly ScaleRow[];
  /** The list's SQL, timed straight on the large database (PostgreSQL only). */
  readonly sql: readonly SqlTiming[];
  /** The last page by `after` cursor ÷ page 1 at the large size (null when it failed). */
  readonly cursor?: CursorScale | null;
}

const QUERIES = [
  { query: 'page 1', params: 'page=1&limit=20' },
  { query: 'page 100', params: 'page=100&limit=20' },
  { query: 'role + status filter, page 1', params: `role=${SEED_FILTER.role}&status=${SEED_FILTER.status}&page=1&limit=20` },
] as const;

/** Section 3: rest-v1 lists at a small and a large tenant, both servers up, runs alternating. */
export async function runScale(profile: Profile, stores: StorePreparer, problems: ProblemSink): Promise<ScaleReport> {
  const [smallSize, largeSize] = profile.scaleSizes;
  log(`scale: seeding ${smallSize} and ${largeSize} users`);
  const small = await stores.prepare('roster_scale_small', { hasher: 'argon2', users: smallSize });
  const large = await stores.prepare('roster_scale_large', { hasher: 'argon2', users: largeSize });
  log(`scale: seeded in ${small.seedSeconds?.toFixed(1)} s and ${large.seedSeconds?.toFixed(1)} s`);
  const servers = await startAll([
    { kind: 'roster-express', store: small.spec, hasher: 'argon2' },
    { kind: 'roster-express', store: large.spec, hasher: 'argon2' },
  ]);
  const rows: ScaleRow[] = [];
  let cursor: CursorScale | null;
  try {
    for (const { query, params } of QUERIES) {
      const scenario = restV1List(params, `rest-v1 list ${query}`);
      const measuredPair = await measured(`scale ${query}`, problems, async () => {
        const totals = [await totalOf(servers[0]!.url, scenario), await totalOf(servers[1]!.url, scenario)] as const;
        const pair = await comparePaired(
          { label: `${smallSize} users`, url: servers[0]!.url, scenario },
          { label: `${largeSize} users`, url: servers[1]!.url, scenario },
          profile.paired,
        );
        return { totals, result: pair };
      });
      if (measuredPair === null) continue;
      const { totals, result } = measuredPair;
      const rounds = result.baseline.runs.map((run, index) => [run, result.candidate.runs[index]!] as const);
      rows.push({
        query,
        path: scenario.path,
        small: result.baseline,
        large: result.candidate,
        totals,
        latencyRatio: spreadOf(rounds.map(([s, l]) => l.p50 / s.p50)),
        throughputRatio: result.ratio,
      });
      log(`scale ${query}: p50 ${result.baseline.p50.median} ms → ${result.candidate.p50.median} ms`);
    }
    cursor = await measureLastPageByCursor(servers[1]!.url, largeSize, profile.paired, problems);
  } finally {
    await stopAll(servers);
  }
  const sql = large.spec.kind === 'postgres' ? await probeListQueries('roster_scale_large') : [];
  return { sizes: [smallSize, largeSize], seedSeconds: [small.seedSeconds, large.seedSeconds], rows, sql, cursor };
}

async function totalOf(url: string, scenario: Parameters<typeof checkScenario>[1]): Promise<number> {
  const body = JSON.parse(await checkScenario(url, scenario)) as { meta?: { total?: number } };
  return body.meta?.total ?? Number.NaN;
}
