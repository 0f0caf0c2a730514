import type { LoadResult } from './load-runner';
import type { MeasureSide } from './paired-comparison';

/** One run's figures with the given answers a second (p99 twice p50, nothing failed). */
export const scriptedResult = (rps: number, p50 = 1): LoadResult => ({
  rps,
  p50,
  p99: p50 * 2,
  ok: rps,
  failed: 0,
  durationSeconds: 1,
});

/**
 * Scripted figures instead of real load, so that the comparison logic is tested deterministically
 * (timed assertions belong to benchmarks, never tests: machine load would flip them). A side is
 * named by its URL's first host label (`http://base.invalid` → `base`); each call is recorded as
 * `<side>:<duration>` and answers the next figure scripted for that side.
 */
export function scriptedMeasure(script: Record<string, number[]>): { measure: MeasureSide; calls: string[] } {
  const calls: string[] = [];
  const measure: MeasureSide = (url, _scenario, options) => {
    const side = new URL(url).hostname.split('.')[0]!;
    calls.push(`${side}:${options.durationSeconds}`);
    const next = script[side]?.shift();
    if (next === undefined) return Promise.reject(new Error(`no figure left for ${side}`));
    return Promise.resolve(scriptedResult(next));
  };
  return { measure, calls };
}
