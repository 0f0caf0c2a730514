import type { BenchReport } from './bench-report.types';

export type SectionKey = 'overhead' | 'census' | 'peer' | 'scale' | 'hashing' | 'cluster';

/**
 * `--only`: the saved report of the same profile, with the sections this run measured replaced by
 * this run's figures. Everything else (the other sections, the run's date, machine and load
 * averages) stays the saved run's, and `partialRuns` records each such run: what it measured,
 * when, and the load averages around it, which RESULTS.md shows beside those figures. A run of
 * every section, or one with nothing saved, is written as it is.
 */
export function carryOver(
  report: BenchReport,
  saved: BenchReport | null,
  ran: readonly SectionKey[],
  all: readonly SectionKey[],
): BenchReport {
  if (saved === null || all.every((name) => ran.includes(name))) return report;
  const measuredNow = Object.fromEntries(ran.map((name) => [name, report[name] ?? null]));
  const run = {
    sections: ran,
    startedAt: report.startedAt,
    loadAverageAtStart: report.environment.loadAverageAtStart,
    loadAverageAtEnd: report.loadAverageAtEnd,
    problems: report.problems,
  };
  const earlier = (saved.partialRuns ?? []).filter((previous) =>
    previous.sections.some((name) => !(ran as readonly string[]).includes(name)),
  );
  return { ...saved, ...measuredNow, partialRuns: [...earlier, run] };
}
