import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProfileName } from '../config/profile';
import type { BenchReport } from './bench-report.types';
import { BENCH_DIR } from './environment-info';
import { censusSection } from './census-section';
import { clusterSection } from './cluster-section';
import { environmentSection } from './environment-section';
import { hashingSection } from './hashing-section';
import { overheadSection } from './overhead-section';
import { peerSection } from './peer-section';
import { perRouteSection } from './per-route-section';
import { scaleSection } from './scale-section';
import type { Section } from './section';
import { targetsSection } from './targets-section';

const RESULTS_DIR = join(BENCH_DIR, 'results');
const RESULTS_MD = join(BENCH_DIR, 'RESULTS.md');
/** Hand-written reading of the latest full run (causes, fixes), shown in its section. */
const ANALYSIS_MD = join(BENCH_DIR, 'ANALYSIS.md');

/** Saves this run's figures and re-renders RESULTS.md from the latest run of each profile. */
/** The saved report of a profile, if any (for `--only`, which keeps the sections it does not run). */
export function savedReport(profile: ProfileName): BenchReport | null {
  return loadReport(profile);
}

export function writeResults(report: BenchReport): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${report.profile}.json`), `${JSON.stringify(report, null, 1)}\n`);
  return renderResults();
}

/** Re-renders RESULTS.md from results/*.json and ANALYSIS.md (`--render-only`). */
export function renderResults(): string {
  const profiles: ProfileName[] = ['full', 'quick'];
  const sections = profiles
    .map(loadReport)
    .filter((saved): saved is BenchReport => saved !== null)
    .map(renderProfile);
  const markdown = [
    '# Roster benchmarks: results',
    '',
    'Written by `pnpm bench` (quick profile) and `pnpm bench:full` (full profile); each run replaces its',
    "profile's section and keeps the other. What each figure means: [README.md](README.md). Raw figures:",
    '`results/<profile>.json`. Every figure is a median over several runs with its spread (min–max); every',
    'ratio is taken between two runs made back to back in the same round, the order alternating between rounds.',
    '',
    ...sections,
  ].join('\n');
  writeFileSync(RESULTS_MD, `${markdown}\n`);
  return RESULTS_MD;
}

function loadReport(profile: ProfileName): BenchReport | null {
  const file = join(RESULTS_DIR, `${profile}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchReport) : null;
}

function renderProfile(report: BenchReport): string {
  const sections: Section[] = [];
  if (report.overhead) sections.push(overheadSection(report.overhead));
  if (report.census) sections.push({ markdown: censusSection(report.census), unmet: [] });
  if (report.overhead?.some((row) => row.limit !== undefined)) sections.push(perRouteSection(report.overhead, report.peer, report.census));
  if (report.peer) sections.push(peerSection(report.peer));
  if (report.scale) sections.push(scaleSection(report.scale));
  if (report.hashing) sections.push(hashingSection(report.hashing));
  if (report.cluster) sections.push(clusterSection(report.cluster));
  const unmet = sections.flatMap((section) => section.unmet);
  const analysis = report.profile === 'full' && existsSync(ANALYSIS_MD) ? readFileSync(ANALYSIS_MD, 'utf8').trim() : null;
  return [
    `## ${report.profile === 'full' ? 'Full' : 'Quick'} profile (${report.startedAt.slice(0, 10)})`,
    '',
    '### Targets not met in this run',
    '',
    ...(unmet.length === 0 ? ['None.'] : unmet.map((line) => `- ${line}`)),
    ...(report.problems.length === 0 ? [] : ['', '### Problems during the run', '', ...report.problems.map((line) => `- ${line}`)]),
    ...(report.partialRuns ?? []).flatMap((run) => [
      '',
      `Measured later, alone (\`--only ${run.sections.join(',')}\`, ${run.startedAt.slice(0, 16).replace('T', ' ')} UTC, load average ` +
        `${run.loadAverageAtStart.join(', ')} at start / ${run.loadAverageAtEnd.join(', ')} at end): ${run.sections.join(', ')}. ` +
        `The rest of this section, the machine table included, is from the run of ${report.startedAt.slice(0, 16).replace('T', ' ')} UTC.` +
        (run.problems.length === 0 ? '' : ` Problems then: ${run.problems.join('; ')}`),
    ]),
    ...(analysis === null ? [] : ['', analysis]),
    '',
    environmentSection(report),
    ...(report.overhead?.some((row) => row.limit !== undefined) ? ['', targetsSection(report)] : []),
    ...sections.flatMap((section) => ['', section.markdown]),
    '',
  ].join('\n');
}
