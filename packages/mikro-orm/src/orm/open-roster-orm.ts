import type { MikroORM, Options } from '@mikro-orm/core';
import { rosterEntities } from '../entities';
import { translateDriverError } from '../errors/translate-driver-error';
import { parseDatabaseUrl } from './database-url';
import { type DriverLogSink } from './driver-log';
import { afterSqliteFileOpened, loadDriver, sqlLayerOptions, sqliteFileOptions } from './mikro-orm-compat';

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
    ...sqlLayerOptions(options.driverLog, target.dialect),
  } satisfies Partial<Options>;
  const pool = options.pool ? { pool: { ...options.pool } } : {};
  try {
    const driver = await loadDriver(target.dialect);
    if (target.dialect !== 'sqlite') return await driver.MikroORM.init({ ...common, ...pool, clientUrl: target.clientUrl });
    if (target.dbName === ':memory:') return await driver.MikroORM.init({ ...common, dbName: target.dbName });
    const orm = await driver.MikroORM.init({ ...common, ...sqliteFileOptions(driver), dbName: target.dbName });
    await afterSqliteFileOpened(driver, orm);
    return orm;
  } catch (error) {
    throw translateDriverError(error);
  }
}
