import { selects, type Profile } from '../config/profile';
import type { StorePreparer } from '../db/store-preparer';
import { log } from '../harness/log';
import { comparePaired, type PairedResult } from '../harness/paired-comparison';
import { measured, type ProblemSink } from '../harness/problems';
import { startAll, stopAll, type ServerProcess } from '../harness/server-process';
import type { ServerKind } from '../servers/server-spec';
import { OVERHEAD_ROUTES, type DialectRoute, type HotRoute } from './bench-requests';

export type Framework = 'express' | 'nest';

export interface OverheadRow {
  readonly framework: Framework;
  readonly dialect: DialectRoute['dialect'];
  readonly route: HotRoute;
  readonly scenario: string;
  /** `what-if`: Roster over tuned stores (probe/tuned-stores.ts), informative only. */
  readonly variant: 'as shipped' | 'what-if';
  /** baseline: the hand-written route; candidate: Roster. */
  readonly result: PairedResult;
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
 * work, per dialect hot route. Reads run before creates, so every read sees the same data.
 */
export async function runOverhead(profile: Profile, stores: StorePreparer, problems: ProblemSink): Promise<OverheadRow[]> {
  const { spec: store } = await stores.prepare('roster_bench', { hasher: 'fast', users: profile.baseUsers });
  const lanes = lanesOf(profile);
  const kinds = new Set<ServerKind>(lanes.flatMap((lane) => [`bare-${lane.framework}` as const, lane.candidate]));
  const servers = await startAll([...kinds].map((kind) => ({ kind, store, hasher: 'fast' as const })));
  const byKind = new Map<ServerKind, ServerProcess>(servers.map((server) => [server.spec.kind, server]));
  const rows: OverheadRow[] = [];
  try {
    for (const phase of PHASES) {
      for (const { framework, variant, candidate, patterns } of lanes) {
        const routes = OVERHEAD_ROUTES.filter((entry) => entry.route === phase && selects(patterns, entry.dialect, entry.route));
        for (const entry of routes) {
          const what = `overhead ${framework} ${entry.scenario.name}${variant === 'what-if' ? ' (what-if)' : ''}`;
          const result = await measured(what, problems, () =>
            comparePaired(
              { label: `hand-written ${framework}`, url: byKind.get(`bare-${framework}`)!.url, scenario: entry.scenario },
              { label: `Roster ${framework}`, url: byKind.get(candidate)!.url, scenario: entry.scenario },
              profile.paired,
            ),
          );
          if (result === null) continue;
          rows.push({ framework, dialect: entry.dialect, route: entry.route, scenario: entry.scenario.name, variant, result });
          log(`${what}: ratio ${result.ratio.median.toFixed(2)} ` +
            `(${result.candidate.rps.median.toFixed(0)} vs ${result.baseline.rps.median.toFixed(0)} req/s)`);
        }
      }
    }
  } finally {
    await stopAll(servers);
  }
  return rows;
}
