import type { EventLoopFigures } from '../servers/server-spec';
import { checkScenario, runLoad, type LoadResult } from './load-runner';
import { figures, type CheckSide, type MeasureSide, type PairedOptions, type PairedResult, type Side } from './paired-comparison';
import { spreadOf, type Spread } from './stats';

/** What can report a server's event-loop delay over one run (a ServerProcess). */
export interface EventLoopSource {
  probeStart(): void;
  probeStop(): Promise<EventLoopFigures>;
}

export interface ProbedSide extends Side {
  /** When given, the server's event-loop delay is recorded during each of its runs. */
  readonly probe?: EventLoopSource;
}

export interface RoundsResult {
  /** One per baseline, in the order given: baseline vs the candidate, from the same rounds. */
  readonly against: readonly PairedResult[];
  /** Event-loop delay p99 (ms) during each run: the candidate's, then each baseline's (null: not probed). */
  readonly eventLoopP99: { readonly candidate: Spread | null; readonly baselines: readonly (Spread | null)[] };
}

/**
 * A candidate against several baselines in the same rounds: round 1 runs the baselines then the
 * candidate, round 2 the candidate then the baselines in reverse, and so on, so that for every
 * pair the order alternates (ABBA) as in comparePaired, and the candidate runs once per round for
 * all of them. With one baseline it measures exactly what comparePaired does. `measure` and
 * `check` are the load run and the one-request check (injected by tests, as in comparePaired).
 */
export async function compareRounds(
  baselines: readonly ProbedSide[],
  candidate: ProbedSide,
  options: PairedOptions,
  measure: MeasureSide = runLoad,
  check: CheckSide = checkScenario,
): Promise<RoundsResult> {
  const sides = [...baselines, candidate];
  for (const side of sides) await check(side.url, side.scenario);
  if (options.warmupSeconds > 0) {
    for (const side of sides) await measure(side.url, side.scenario, { ...options, durationSeconds: options.warmupSeconds });
  }
  const runs = sides.map((): LoadResult[] => []);
  const loops = sides.map((): number[] => []);
  for (let round = 0; round < options.rounds; round += 1) {
    const order = sides.map((_, index) => index);
    if (round % 2 === 1) order.reverse();
    for (const index of order) {
      const side = sides[index]!;
      side.probe?.probeStart();
      runs[index]!.push(await measure(side.url, side.scenario, options));
      if (side.probe) loops[index]!.push((await side.probe.probeStop()).p99);
    }
  }
  const candidateIndex = sides.length - 1;
  const candidateRuns = runs[candidateIndex]!;
  const p99 = (index: number): Spread | null => (sides[index]!.probe ? spreadOf(loops[index]!) : null);
  return {
    against: baselines.map((_, index) => ({
      baseline: figures(runs[index]!),
      candidate: figures(candidateRuns),
      ratio: spreadOf(candidateRuns.map((run, round) => (runs[index]![round]!.rps > 0 ? run.rps / runs[index]![round]!.rps : Number.NaN))),
    })),
    eventLoopP99: { candidate: p99(candidateIndex), baselines: baselines.map((_, index) => p99(index)) },
  };
}
