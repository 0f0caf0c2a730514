import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';

export interface EnvironmentInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly postgres: string | null;
  readonly loadAverageAtStart: readonly number[];
  readonly gitCommit: string;
  readonly versions: Readonly<Record<string, string>>;
}

/** bench/ (this file is bench/dist/report/environment-info.js once built). */
export const BENCH_DIR = join(__dirname, '..', '..');

const PACKAGES = [
  '@roster/core',
  'autocannon',
  'better-auth',
  'express',
  '@nestjs/core',
  '@mikro-orm/core',
  '@mikro-orm/postgresql',
  'pg',
  'kysely',
  'argon2',
];

function versionOf(name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(BENCH_DIR, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    return manifest.version;
  } catch {
    return 'unknown';
  }
}

function gitCommit(): string {
  try {
    const options = { cwd: BENCH_DIR, encoding: 'utf8' as const, stdio: ['ignore', 'pipe', 'ignore'] as ['ignore', 'pipe', 'ignore'] };
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], options).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', '..'], options).trim() !== '';
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

export function environmentInfo(postgres: string | null): EnvironmentInfo {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    postgres,
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
    gitCommit: gitCommit(),
    versions: Object.fromEntries(PACKAGES.map((name) => [name, versionOf(name)])),
  };
}
