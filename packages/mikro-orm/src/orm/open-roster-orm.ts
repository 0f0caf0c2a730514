import type { MikroORM, Options } from '@mikro-orm/core';
import { rosterEntities } from '../entities';
import { translateDriverError } from '../errors/translate-driver-error';
import { parseDatabaseUrl } from './database-url';

export interface OpenRosterOrmOptions {
  /** `sqlite:<path>`, `sqlite::memory:`, `postgres://…`, `mysql://…` or `mariadb://…`. */
  readonly url: string;
  /** Connection pool bounds (servers only; SQLite always uses one connection). */
  readonly pool?: { readonly min?: number; readonly max?: number };
  /** Log every query through MikroORM's logger. */
  readonly debug?: boolean;
}

interface SqliteConnection {
  pragma(source: string): unknown;
}

/**
 * A SQLite file in write-ahead-log mode: readers on other connections never block the writer,
 * and a commit costs one sync of the log rather than of the database file.
 */
function useWriteAheadLog(connection: SqliteConnection, done: (error: Error | null, connection: SqliteConnection) => void): void {
  try {
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = NORMAL');
    done(null, connection);
  } catch (error) {
    done(error as Error, connection);
  }
}

/**
 * Opens a MikroORM instance of its own for Roster, with only Roster's entities, loading the one
 * driver package the URL needs (so a host installs only that one). Dates are kept in UTC.
 */
export async function openRosterOrm(options: OpenRosterOrmOptions): Promise<MikroORM> {
  const target = parseDatabaseUrl(options.url);
  const common = {
    entities: [...rosterEntities],
    forceUtcTimezone: true,
    debug: options.debug ?? false,
    ...(options.pool ? { pool: { ...options.pool } } : {}),
  } satisfies Options;
  try {
    switch (target.dialect) {
      case 'sqlite': {
        const { MikroORM: SqliteOrm } = await import('@mikro-orm/better-sqlite');
        const pool = target.dbName === ':memory:' ? undefined : { afterCreate: useWriteAheadLog };
        return await SqliteOrm.init({ ...common, pool, dbName: target.dbName });
      }
      case 'postgresql': {
        const { MikroORM: PostgresOrm } = await import('@mikro-orm/postgresql');
        return await PostgresOrm.init({ ...common, clientUrl: target.clientUrl });
      }
      case 'mysql': {
        const { MikroORM: MariaDbOrm } = await import('@mikro-orm/mariadb');
        return await MariaDbOrm.init({ ...common, clientUrl: target.clientUrl });
      }
    }
  } catch (error) {
    throw translateDriverError(error);
  }
}
