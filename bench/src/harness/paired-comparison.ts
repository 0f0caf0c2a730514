import { checkScenario, runLoad, type LoadOptions, type LoadResult } from './load-runner';
import type { RequestScenario } from './request-scenario';
import { spreadOf, type Spread } from './stats';

/** A server under test and the request it is sent. */
export interface Side {
  readonly label: string;
  readonly url: string;
  readonly scenario: RequestScenario;
}

export interface PairedOptions extends LoadOptions {
  /** Measured rounds; each runs both sides once, in alternating order. */
  readonly rounds: number;
  /** One unrecorded run of each side first (JIT, connection pools, caches). */
  readonly warmupSeconds: number;
}

export interface SideFigures {
  readonly rps: Spread;
  readonly p50: Spread;
  readonly p99: Spread;
  readonly failed: number;
  readonly runs: readonly LoadResult[];
}

export interface PairedResult {
  readonly baseline: SideFigures;
  readonly candidate: SideFigures;
  /** candidate rps / baseline rps, one value per round (both measured back to back). */
  readonly ratio: Spread;
}

/** One load run against one side (runLoad; a test passes scripted figures instead). */
export type MeasureSide = (url: string, scenario: RequestScenario, options: LoadOptions) => Promise<LoadResult>;
/** The one-request check of a side before it is measured (checkScenario). */
export type CheckSide = (url: string, scenario: RequestScenario) => Promise<unknown>;

/**
 * Measures a candidate against a baseline on the same machine in the same minute: after a
 * warm-up, `rounds` rounds each run both, the order alternating (ABBA…) so that drift in
 * the machine's speed hits both sides alike; the figure is the per-round ratio.
 */
export async function comparePaired(
  baseline: Side,
  candidate: Side,
  options: PairedOptions,
  measure: MeasureSide = runLoad,
  check: CheckSide = checkScenario,
): Promise<PairedResult> {
  await check(baseline.url, baseline.scenario);
  await check(candidate.url, candidate.scenario);
  if (options.warmupSeconds > 0) {
    const warmup = { ...options, durationSeconds: options.warmupSeconds };
    await measure(baseline.url, baseline.scenario, warmup);
    await measure(candidate.url, candidate.scenario, warmup);
  }
  const baselineRuns: LoadResult[] = [];
  const candidateRuns: LoadResult[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    const run = (side: Side): Promise<LoadResult> => measure(side.url, side.scenario, options);
    let base: LoadResult;
    let cand: LoadResult;
    if (round % 2 === 0) {
      base = await run(baseline);
      cand = await run(candidate);
    } else {
      cand = await run(candidate);
      base = await run(baseline);
    }
    baselineRuns.push(base);
    candidateRuns.push(cand);
    ratios.push(base.rps > 0 ? cand.rps / base.rps : Number.NaN);
  }
  return { baseline: figures(baselineRuns), candidate: figures(candidateRuns), ratio: spreadOf(ratios) };
}

export function figures(runs: readonly LoadResult[]): SideFigures {
  return {
    rps: spreadOf(runs.map((run) => run.rps)),
    p50: spreadOf(runs.map((run) => run.p50)),
    p99: spreadOf(runs.map((run) => run.p99)),
    failed: runs.reduce((sum, run) => sum + run.failed, 0),
    runs,
  };
}
