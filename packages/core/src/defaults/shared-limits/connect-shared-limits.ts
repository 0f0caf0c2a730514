import type { Logger } from '../../ports';
import { describeLimitsStore, limitsStoreKind, type LimitsStoreKind } from './limits-store-url';
import { loadOptionalPeer } from './load-optional-peer';
import { postgresRateLimiterFactory, type PostgresLimitsPool } from './postgres-rate-limiter.factory';
import { redisRateLimiterFactory, type RedisLimitsClient } from './redis-rate-limiter.factory';
import type { SharedStoreRateLimiterFactory } from './shared-rate-limiter.factory';

export interface SharedLimitsOptions {
  /** First part of every key (default `roster`); on PostgreSQL also see `tableName`. */
  readonly keyPrefix?: string;
  /** PostgreSQL: the table of counts (default `roster_rate_limits`). */
  readonly tableName?: string;
  /** How long one store call may take before it counts as failed (default 500 ms). */
  readonly timeoutMs?: number;
  /** How long to wait for the first connection before going on without it (default 2000 ms). */
  readonly connectTimeoutMs?: number;
  /** Where losing and regaining the store is told (never with the URL). */
  readonly logger?: Logger;
}

/** The limiters on a shared store, what to call that store in a banner, and how to let it go. */
export interface SharedLimits {
  readonly kind: LimitsStoreKind;
  /** e.g. `redis 127.0.0.1:6379`: no user, no password. */
  readonly description: string;
  /** Pass as `createRoster({ rateLimiterFactory })` to every instance. */
  readonly factory: SharedStoreRateLimiterFactory;
  close(): Promise<void>;
}

interface IoRedisClient extends RedisLimitsClient {
  on(event: 'error' | 'ready' | 'close', listener: (error?: Error) => void): unknown;
  once(event: 'ready', listener: () => void): unknown;
  quit(): Promise<unknown>;
  disconnect(): void;
}
interface IoRedisModule {
  Redis: new (url: string, options: Record<string, unknown>) => IoRedisClient;
}
interface PgPool extends PostgresLimitsPool {
  on(event: 'error' | 'connect', listener: (error: Error) => void): unknown;
  end(): Promise<void>;
}
interface PgModule {
  Pool: new (options: Record<string, unknown>) => PgPool;
}

/**
 * Roster's rate limiters on the store a URL names: `redis://…`/`rediss://…` (through `ioredis`)
 * or `postgres://…`/`postgresql://…` (through `pg`), both optional peer dependencies loaded here
 * and only here. The connections are made so that an outage is answered within `timeoutMs`
 * (Redis: no offline queue, a command timeout; PostgreSQL: connection and query timeouts) and
 * come back by themselves; the host starts even when the store is down at first (readiness
 * says so). What each limiter does meanwhile: docs/shared-limits.md.
 */
export async function connectSharedLimits(url: string, options: SharedLimitsOptions = {}): Promise<SharedLimits> {
  const kind = limitsStoreKind(url);
  const description = describeLimitsStore(url);
  const timeoutMs = options.timeoutMs ?? 500;
  const status = outageLog(options.logger, description);
  if (kind === 'redis') {
    const { Redis } = loadOptionalPeer('ioredis', 'A Redis limits store') as IoRedisModule;
    let closing = false;
    const client = new Redis(url, {
      enableOfflineQueue: false,
      commandTimeout: timeoutMs,
      maxRetriesPerRequest: 0,
      connectTimeout: Math.max(timeoutMs, 1000),
      retryStrategy: (times: number) => Math.min(100 * times, 2000),
    });
    client.on('error', (error) => {
      status.down(error);
    });
    client.on('ready', () => {
      status.up();
    });
    // A dropped connection says so with 'close' (an 'error' comes only when reconnecting fails).
    client.on('close', () => {
      if (!closing) status.down(Object.assign(new Error('connection closed'), { code: 'CONNECTION_CLOSED' }));
    });
    await readyWithin(client, options.connectTimeoutMs ?? 2000);
    const factory = redisRateLimiterFactory({ client, ...(options.keyPrefix ? { keyPrefix: options.keyPrefix } : {}) });
    const close = (): Promise<void> => {
      closing = true;
      return quit(client);
    };
    return { kind, description, factory, close };
  }
  const { Pool } = loadOptionalPeer('pg', 'A PostgreSQL limits store') as PgModule;
  const pool = new Pool({
    connectionString: url,
    max: 5,
    connectionTimeoutMillis: Math.max(timeoutMs, 1000),
    query_timeout: timeoutMs,
    idleTimeoutMillis: 10_000,
  });
  // An idle connection that dies must not crash the process: the next query connects again.
  pool.on('error', (error) => {
    status.down(error);
  });
  pool.on('connect', () => {
    status.up();
  });
  const factory = postgresRateLimiterFactory({
    pool,
    ...(options.tableName ? { tableName: options.tableName } : {}),
    ...(options.keyPrefix ? { keyPrefix: options.keyPrefix } : {}),
  });
  await factory.ping().catch((error: unknown) => {
    status.down(error);
  });
  return { kind, description, factory, close: () => pool.end() };
}

/** Logs the first failure of an outage and the recovery, once each: the store's description and the error's code, never a URL. */
function outageLog(logger: Logger | undefined, description: string) {
  let down = false;
  return {
    down: (error: unknown) => {
      if (down) return;
      down = true;
      const code = (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.name : 'unknown');
      logger?.warn('roster: shared limits store unreachable; password attempts are refused, request limits count in-process', {
        store: description,
        error: code,
      });
    },
    up: () => {
      if (!down) return;
      down = false;
      logger?.info('roster: shared limits store reachable again', { store: description });
    },
  };
}

function readyWithin(client: IoRedisClient, ms: number): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function quit(client: IoRedisClient): Promise<void> {
  if (client.status !== 'ready') {
    client.disconnect();
    return;
  }
  await client.quit().catch(() => {
    client.disconnect();
  });
}
