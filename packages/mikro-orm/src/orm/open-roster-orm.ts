import type { MikroORM, Options } from '@mikro-orm/core';
import { RosterError } from '@roster/core';
import { rosterEntities } from '../entities';
import { translateDriverError } from '../errors/translate-driver-error';
import { parseDatabaseUrl } from './database-url';
import { driverLog, type DriverLogSink } from './driver-log';

export interface OpenRosterOrmOptions {
  /** `sqlite:<path>`, `sqlite::memory:`, `postgres://…`, `mysql://…` or `mariadb://…`. */
  readonly url: string;
  /** Connection pool bounds (servers only; SQLite always uses one connection). */
  readonly pool?: { readonly min?: number; readonly max?: number };
  /** Log every query through MikroORM's logger. */
  readonly debug?: boolean;
  /** Where the SQL driver's warnings and errors go (default: the console); see driver-log.ts. */
  readonly driverLog?: DriverLogSink;
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

/** Loads a driver package; one the host did not install is named (they are optional peers). */
async function driver<T>(name: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new RosterError('INTERNAL', `this database URL needs the package ${name} (6.6.16): install it beside @roster/mikro-orm`, {}, { cause: error });
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
    driverOptions: { log: driverLog(options.driverLog) },
    ...(options.pool ? { pool: { ...options.pool } } : {}),
  } satisfies Options;
  try {
    switch (target.dialect) {
      case 'sqlite': {
        const { MikroORM: SqliteOrm } = await driver('@mikro-orm/better-sqlite', () => import('@mikro-orm/better-sqlite'));
        const pool = target.dbName === ':memory:' ? undefined : { afterCreate: useWriteAheadLog };
        return await SqliteOrm.init({ ...common, pool, dbName: target.dbName });
      }
      case 'postgresql': {
        const { MikroORM: PostgresOrm } = await driver('@mikro-orm/postgresql', () => import('@mikro-orm/postgresql'));
        return await PostgresOrm.init({ ...common, clientUrl: target.clientUrl });
      }
      case 'mysql': {
        const { MikroORM: MariaDbOrm } = await driver('@mikro-orm/mariadb', () => import('@mikro-orm/mariadb'));
        return await MariaDbOrm.init({ ...common, clientUrl: target.clientUrl });
      }
    }
  } catch (error) {
    throw translateDriverError(error);
  }
}
