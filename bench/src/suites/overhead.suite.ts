import { selects, type Profile } from '../config/profile';
import type { StorePreparer } from '../db/store-preparer';
import { log } from '../harness/log';
import type { PairedResult } from '../harness/paired-comparison';
import { measured, type ProblemSink } from '../harness/problems';
import { compareRounds, type ProbedSide } from '../harness/round-comparison';
import { startAll, stopAll, type ServerProcess } from '../harness/server-process';
import type { Spread } from '../harness/stats';
import type { ServerKind } from '../servers/server-spec';
import { OVERHEAD_ROUTES, type DialectRoute, type HotRoute } from './bench-requests';
import { roundTripsPerRequest } from './round-trips';

export type Framework = 'express' | 'nest';

/** A figure of each server of a row: Roster, the hand-written route and (rest-v1 on PostgreSQL) the limit. */
export interface PerServer<T> {
  readonly roster: T;
  readonly handWritten: T;
  readonly limit?: T;
}

export interface OverheadRow {
  readonly framework: Framework;
  readonly dialect: DialectRoute['dialect'];
  readonly route: HotRoute;
  readonly scenario: string;
  /** `what-if`: Roster over tuned stores (probe/tuned-stores.ts), informative only. */
  readonly variant: 'as shipped' | 'what-if';
  /** baseline: the hand-written route; candidate: Roster. */
  readonly result: PairedResult;
  /** baseline: the limit (node:http + pg); candidate: Roster, from the same rounds. rest-v1 on PostgreSQL only. */
  readonly limit?: PairedResult;
  /** Event-loop delay p99 (ms) of each server during its runs. */
  readonly eventLoopP99?: PerServer<Spread | null>;
  /** Resident set size (bytes) of each server right after the row's runs (null: no /proc). */
  readonly rssBytes?: PerServer<number | null>;
  /** SQL statements per request (median of a few sequential requests), counted on the pg driver. PostgreSQL only. */
  readonly sqlRoundTrips?: PerServer<number>;
}

interface Lane {
  readonly framework: Framework;
  readonly variant: OverheadRow['variant'];
  readonly candidate: ServerKind;
  readonly patterns: readonly string[];
}

const PHASES: readonly HotRoute[] = ['get', 'list', 'create'];

function lanesOf(profile: Profile): Lane[] {
  const lanes: Lane[] = [
    { framework: 'express', variant: 'as shipped', candidate: 'roster-express', patterns: profile.overheadRoutes.express },
    { framework: 'nest', variant: 'as shipped', candidate: 'roster-nest', patterns: profile.overheadRoutes.nest },
    { framework: 'express', variant: 'what-if', candidate: 'roster-express-tuned', patterns: profile.whatIfRoutes },
  ];
  return lanes.filter((lane) => lane.patterns.length > 0);
}

/**
 * Section 1: Roster against a hand-written route of the same framework doing the same store
 * work, per dialect hot route, and for rest-v1 on PostgreSQL against the limit (node:http + pg,
 * the least work the same answers need) in the same rounds. Reads run before creates, so every
 * read sees the same data.
 */
export async function runOverhead(profile: Profile, stores: StorePreparer, problems: ProblemSink): Promise<OverheadRow[]> {
  const { spec: store } = await stores.prepare('roster_bench', { hasher: 'fast', users: profile.baseUsers });
  const onPostgres = store.kind === 'postgres';
  const lanes = lanesOf(profile);
  const kinds = new Set<ServerKind>(lanes.flatMap((lane) => [`bare-${lane.framework}` as const, lane.candidate]));
  if (onPostgres) kinds.add('limit');
  const servers = await startAll([...kinds].map((kind) => ({ kind, store, hasher: 'fast' as const })));
  const byKind = new Map<ServerKind, ServerProcess>(servers.map((server) => [server.spec.kind, server]));
  const rows: OverheadRow[] = [];
  try {
    for (const phase of PHASES) {
      for (const { framework, variant, candidate, patterns } of lanes) {
        const routes = OVERHEAD_ROUTES.filter((entry) => entry.route === phase && selects(patterns, entry.dialect, entry.route));
        for (const entry of routes) {
          const what = `overhead ${framework} ${entry.scenario.name}${variant === 'what-if' ? ' (what-if)' : ''}`;
          const roster = byKind.get(candidate)!;
          const handWritten = byKind.get(`bare-${framework}`)!;
          const limit = entry.dialect === 'rest-v1' ? byKind.get('limit') : undefined;
          const row = await measured(what, problems, () =>
            measureRow({ framework, variant, entry }, { roster, handWritten, ...(limit ? { limit } : {}) }, profile, onPostgres),
          );
          if (row === null) continue;
          rows.push(row);
          log(
            `${what}: ratio ${row.result.ratio.median.toFixed(2)} ` +
              `(${row.result.candidate.rps.median.toFixed(0)} vs ${row.result.baseline.rps.median.toFixed(0)} req/s)` +
              (row.limit ? `, ÷ limit ${row.limit.ratio.median.toFixed(2)} (${row.limit.baseline.rps.median.toFixed(0)} req/s)` : ''),
          );
        }
      }
    }
  } finally {
    await stopAll(servers);
  }
  return rows;
}

async function measureRow(
  { framework, variant, entry }: { framework: Framework; variant: OverheadRow['variant']; entry: DialectRoute },
  servers: PerServer<ServerProcess>,
  profile: Profile,
  onPostgres: boolean,
): Promise<OverheadRow> {
  const { scenario } = entry;
  const side = (label: string, server: ServerProcess): ProbedSide => ({ label, url: server.url, scenario, probe: server });
  const baselines = [side(`hand-written ${framework}`, servers.handWritten), ...(servers.limit ? [side('limit', servers.limit)] : [])];
  const trips = onPostgres
    ? {
        roster: await roundTripsPerRequest(servers.roster, scenario),
        handWritten: await roundTripsPerRequest(servers.handWritten, scenario),
        ...(servers.limit ? { limit: await roundTripsPerRequest(servers.limit, scenario) } : {}),
      }
    : undefined;
  const rounds = await compareRounds(baselines, side(`Roster ${framework}`, servers.roster), profile.paired);
  const [result, limit] = rounds.against;
  return {
    framework,
    dialect: entry.dialect,
    route: entry.route,
    scenario: scenario.name,
    variant,
    result: result!,
    ...(limit ? { limit } : {}),
    eventLoopP99: {
      roster: rounds.eventLoopP99.candidate,
      handWritten: rounds.eventLoopP99.baselines[0] ?? null,
      ...(servers.limit ? { limit: rounds.eventLoopP99.baselines[1] ?? null } : {}),
    },
    rssBytes: {
      roster: servers.roster.rssBytes(),
      handWritten: servers.handWritten.rssBytes(),
      ...(servers.limit ? { limit: servers.limit.rssBytes() } : {}),
    },
    ...(trips ? { sqlRoundTrips: trips } : {}),
  };
}
