import { resolve } from 'node:path';
import { RosterError } from '@roster/core';
import { DEFAULT_DATABASE_URL, resolveDatabaseUrl } from './database-url';

export interface HostConfig {
  readonly port: number;
  /** Absolute path of the bootstrap file. */
  readonly bootstrapPath: string;
  /** True when ROSTER_BOOTSTRAP is unset and the demo file is used. */
  readonly demo: boolean;
  /** DATABASE_URL, a relative SQLite path made absolute (see `startDirectory`). */
  readonly databaseUrl: string;
  /** rest-v1 requests per minute per key; false: no limit. */
  readonly restRateLimit: number | false;
  /** ROSTER_COURSELIT_UPSERT: the courselit dialect's `upsert` option (a repeated create updates, 200). */
  readonly courselitUpsert: boolean;
  /** ROSTER_OPERATOR_TOKEN: the admin API's operator credential; null (unset or empty): operator access off. */
  readonly operatorToken: string | null;
  /** ROSTER_LIMITS_URL: `redis://…` or `postgres://…` for limits shared by every instance; undefined: in memory. */
  readonly limitsUrl?: string;
  /** ROSTER_LIMITS_PREFIX: first part of every limiter key on the shared store (default `roster`), so two Rosters or test runs on one store never share counts. */
  readonly limitsPrefix?: string;
  /** ROSTER_STORE_CACHE_SECONDS: how long tenants and API keys are cached (default 5; 0: not cached): a key revoked elsewhere is refused at the latest this long after. */
  readonly storeCacheSeconds: number;
  /** ROSTER_DRAIN_DELAY_MS: on shutdown, how long readiness is down while requests are still taken (default 0). */
  readonly drainDelayMs: number;
  /** ROSTER_DRAIN_TIMEOUT_MS: on shutdown, how long requests in flight may take to finish (default 10000). */
  readonly drainTimeoutMs: number;
  /** ROSTER_WEBHOOKS_ALLOW_LOOPBACK: webhook endpoints may point at 127.0.0.0/8 and ::1 (local development and tests only; default off). */
  readonly webhooksAllowLoopback: boolean;
}

/** The demo file ships beside this package's `src/` and `dist/`. */
export const DEMO_BOOTSTRAP_PATH = resolve(__dirname, '..', 'demo.bootstrap.json');

/**
 * Where relative paths (ROSTER_BOOTSTRAP, a SQLite file) start from: the directory the command
 * was typed in. pnpm runs a package's script in the package's directory and says where it was
 * started in INIT_CWD, so `pnpm start` at the repository root keeps `./data/roster.sqlite` at the
 * root; `node dist/main.js` uses the current directory.
 */
export function startDirectory(env: NodeJS.ProcessEnv): string {
  return env['INIT_CWD'] || process.cwd();
}

/**
 * Reads PORT, ROSTER_BOOTSTRAP, DATABASE_URL, ROSTER_REST_RATE_LIMIT (docs/dialects/common.md defaults),
 * ROSTER_COURSELIT_UPSERT, ROSTER_OPERATOR_TOKEN, ROSTER_LIMITS_URL, ROSTER_LIMITS_PREFIX,
 * ROSTER_STORE_CACHE_SECONDS, the drain settings and ROSTER_WEBHOOKS_ALLOW_LOOPBACK.
 */
export function readHostConfig(env: NodeJS.ProcessEnv): HostConfig {
  const bootstrap = env['ROSTER_BOOTSTRAP'];
  const from = startDirectory(env);
  return {
    port: integer('PORT', env['PORT'] ?? '3000', 0),
    bootstrapPath: bootstrap ? resolve(from, bootstrap) : DEMO_BOOTSTRAP_PATH,
    demo: !bootstrap,
    databaseUrl: resolveDatabaseUrl(env['DATABASE_URL'] || DEFAULT_DATABASE_URL, from),
    restRateLimit: rateLimit(env['ROSTER_REST_RATE_LIMIT']),
    courselitUpsert: flag('ROSTER_COURSELIT_UPSERT', env['ROSTER_COURSELIT_UPSERT']),
    operatorToken: operatorToken(env.ROSTER_OPERATOR_TOKEN),
    ...(env['ROSTER_LIMITS_URL'] ? { limitsUrl: env['ROSTER_LIMITS_URL'] } : {}),
    ...(env['ROSTER_LIMITS_PREFIX'] ? { limitsPrefix: limitsPrefix(env['ROSTER_LIMITS_PREFIX']) } : {}),
    storeCacheSeconds: integer('ROSTER_STORE_CACHE_SECONDS', env['ROSTER_STORE_CACHE_SECONDS'] || '5', 0),
    drainDelayMs: integer('ROSTER_DRAIN_DELAY_MS', env['ROSTER_DRAIN_DELAY_MS'] || '0', 0),
    drainTimeoutMs: integer('ROSTER_DRAIN_TIMEOUT_MS', env['ROSTER_DRAIN_TIMEOUT_MS'] || '10000', 0),
    webhooksAllowLoopback: flag('ROSTER_WEBHOOKS_ALLOW_LOOPBACK', env['ROSTER_WEBHOOKS_ALLOW_LOOPBACK']),
  };
}

/** Letters, digits, `_`, `-`, `.` and `:` (it goes into every key, and is printed in no banner). */
function limitsPrefix(value: string): string {
  if (!/^[A-Za-z0-9_.:-]{1,100}$/.test(value)) {
    throw new RosterError(
      'CONFIGURATION_INVALID',
      `ROSTER_LIMITS_PREFIX: "${value}" may hold only letters, digits, _ - . and : (100 at most)`,
    );
  }
  return value;
}

/** Unset or empty: null (operator access off). Never logged. */
function operatorToken(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

function rateLimit(value: string | undefined): number | false {
  if (value === undefined || value === '') return 1000;
  if (value === '0' || value.toLowerCase() === 'off') return false;
  return integer('ROSTER_REST_RATE_LIMIT', value, 1);
}

/** `1`, `true`, `on` (any case) turn it on; unset, empty, `0`, `false`, `off` leave it off. */
function flag(name: string, value: string | undefined): boolean {
  const text = (value ?? '').trim().toLowerCase();
  if (['1', 'true', 'on'].includes(text)) return true;
  if (['', '0', 'false', 'off'].includes(text)) return false;
  throw new RosterError('CONFIGURATION_INVALID', `${name}: "${value}" is not 1 or 0 (on or off)`);
}

function integer(name: string, value: string, min: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min || (name === 'PORT' && number > 65535)) {
    throw new RosterError('CONFIGURATION_INVALID', `${name}: "${value}" is not a valid number`);
  }
  return number;
}
