import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { SharedStoreRateLimiterFactory } from './shared-rate-limiter.factory';

/** The part of a `pg` Pool Roster relies on (typed here so that core does not depend on pg). */
export interface PostgresLimitsPool {
  query(query: { text: string; values?: unknown[]; name?: string }): Promise<unknown>;
}

export interface PostgresRateLimiterOptions {
  /** A `pg` Pool. For an outage to be answered soon, give it a `connectionTimeoutMillis` and a `query_timeout`. */
  readonly pool: PostgresLimitsPool;
  /** The table the counts live in (default `roster_rate_limits`), created when missing. */
  readonly tableName?: string;
  readonly schemaName?: string;
  /** First part of every key (default `roster`). */
  readonly keyPrefix?: string;
}

/**
 * Roster's limiters on PostgreSQL (`RateLimiterPostgres`), all in one table. The table is
 * created (by rate-limiter-flexible's own statement) before the first count, and again after a
 * failed try, so a host that starts while PostgreSQL is down counts once it is back.
 */
export function postgresRateLimiterFactory(options: PostgresRateLimiterOptions): SharedStoreRateLimiterFactory {
  const tableName = options.tableName ?? 'roster_rate_limits';
  const { pool, schemaName } = options;
  let table: Promise<void> | null = null;
  const ensureTable = (): Promise<void> => {
    table ??= createTable(pool, tableName, schemaName).catch((error: unknown) => {
      table = null;
      throw error;
    });
    return table;
  };
  // Every count goes through this client: it makes sure of the table first.
  const storeClient: PostgresLimitsPool = {
    query: async (query) => {
      await ensureTable();
      return pool.query(query);
    },
  };
  return new SharedStoreRateLimiterFactory(
    (limiter) =>
      new RateLimiterPostgres({
        ...limiter,
        storeClient,
        storeType: 'pool',
        tableName,
        ...(schemaName === undefined ? {} : { schemaName }),
        tableCreated: true,
        clearExpiredByTimeout: false,
      }),
    async () => {
      await ensureTable();
      await pool.query({ text: 'select 1' });
    },
    options.keyPrefix,
  );
}

/** Runs rate-limiter-flexible's CREATE TABLE IF NOT EXISTS; this limiter also sweeps expired rows (every 5 min, timer unref'd). */
function createTable(pool: PostgresLimitsPool, tableName: string, schemaName: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const options = { storeClient: pool, storeType: 'pool', tableName, keyPrefix: tableName, points: 1, duration: 1 };
    new RateLimiterPostgres(schemaName === undefined ? options : { ...options, schemaName }, (error?: Error) => {
      if (error) reject(error);
      else resolve();
    });
  });
}
