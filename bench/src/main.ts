import 'reflect-metadata';
import { loadavg } from 'node:os';
import { profileFrom } from './config/profile';
import { postgresVersion } from './db/postgres-admin';
import { memoryPreparer, postgresPreparer, type StorePreparer } from './db/store-preparer';
import { elapsedSeconds, log } from './harness/log';
import { measured } from './harness/problems';
import type { BenchReport } from './report/bench-report.types';
import { environmentInfo } from './report/environment-info';
import { carryOver } from './report/carry-over';
import { renderResults, savedReport, writeResults } from './report/results-writer';
import { runCluster } from './suites/cluster.suite';
import { runHashing } from './suites/hashing.suite';
import { runOverhead } from './suites/overhead.suite';
import { runPeer } from './suites/peer.suite';
import { runScale } from './suites/scale.suite';
import { runStoreCensus } from './suites/store-census.suite';

type SectionName = 'overhead' | 'census' | 'peer' | 'scale' | 'hashing' | 'cluster';
const SECTIONS: readonly SectionName[] = ['overhead', 'census', 'peer', 'scale', 'hashing', 'cluster'];

/** `--only overhead,scale` runs some sections (the others are kept from the saved run of the profile, and said so). */
function sectionsFrom(argv: readonly string[]): readonly SectionName[] {
  const index = argv.indexOf('--only');
  if (index < 0) return SECTIONS;
  const wanted = (argv[index + 1] ?? '').split(',');
  const unknown = wanted.filter((name) => !SECTIONS.includes(name as SectionName));
  if (unknown.length > 0) throw new Error(`--only: unknown section ${unknown.join(', ')}`);
  return wanted as SectionName[];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--render-only')) {
    log(`rendered ${renderResults()}`);
    return;
  }
  const profile = profileFrom(argv);
  const sections = sectionsFrom(argv);
  const startedAt = new Date().toISOString();
  const postgres = await postgresVersion();
  const memory = postgres === null || process.env['BENCH_STORE'] === 'memory';
  const stores: StorePreparer = memory ? memoryPreparer : postgresPreparer();
  const environment = environmentInfo(postgres);
  const problems: string[] = [];
  const sink = (message: string): void => {
    problems.push(message);
  };
  if (postgres === null) problems.push('PostgreSQL was not reachable: Roster ran on the memory store, the peer section was skipped.');
  else if (memory) problems.push('BENCH_STORE=memory: Roster ran on the memory store, the peer section was skipped.');
  log(`profile ${profile.name}, sections ${sections.join(', ')}, store ${stores.kind}`);

  const attempt = async <T>(name: SectionName, run: () => Promise<T>): Promise<T | null> => {
    if (!sections.includes(name)) return null;
    // Both need PostgreSQL: better-auth's database, and one database for several processes.
    if ((name === 'peer' || name === 'cluster') && stores.kind !== 'postgres') return null;
    log(`${name}: start`);
    return measured(name, sink, run);
  };
  const overhead = await attempt('overhead', () => runOverhead(profile, stores, sink));
  const census = await attempt('census', () => runStoreCensus());
  const peer = await attempt('peer', () => runPeer(profile, stores, sink));
  const scale = await attempt('scale', () => runScale(profile, stores, sink));
  const hashing = await attempt('hashing', () => runHashing(profile, stores));
  const cluster = await attempt('cluster', () => runCluster(profile, stores, sink));
  await stores.cleanup().catch((error: unknown) => problems.push(`cleanup failed: ${String(error)}`));

  const measuredNow: BenchReport = {
    profile: profile.name,
    settings: profile,
    startedAt,
    durationSeconds: elapsedSeconds(),
    command: profile.name === 'full' ? 'pnpm bench:full' : 'pnpm bench',
    environment,
    loadAverageAtEnd: loadavg().map((value) => Math.round(value * 100) / 100),
    store: stores.kind,
    overhead,
    census,
    peer,
    scale,
    hashing,
    cluster,
    problems,
  };
  const report = carryOver(measuredNow, savedReport(profile.name), sections, SECTIONS);
  const written = writeResults(report);
  log(`done in ${elapsedSeconds().toFixed(0)} s: ${written}`);
  if (problems.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
