import { RosterError } from '@roster/core';
import { driverDialectName } from './mikro-orm-compat';

/** The SQL dialects Roster's schema is written for. */
export type SqlDialect = 'sqlite' | 'postgresql' | 'mysql';

/**
 * The dialect behind an EntityManager or a driver (MariaDB and MySQL share one), named by the
 * compat layer for either MikroORM major. Anything else is refused.
 */
export function sqlDialectOf(source: { getConnection(): unknown; getPlatform?(): unknown }): SqlDialect {
  const dialect = driverDialectName(source);
  if (dialect === 'sqlite' || dialect === 'sqlite3' || dialect === 'better-sqlite3' || dialect === 'libsql') return 'sqlite';
  if (dialect === 'postgresql' || dialect === 'postgres') return 'postgresql';
  if (dialect === 'mysql' || dialect === 'mysql2' || dialect === 'mariadb') return 'mysql';
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- reached only with a value the types rule out
  throw new RosterError('INTERNAL', `Roster's MikroORM store supports SQLite, PostgreSQL and MariaDB/MySQL, not ${String(dialect)}`);
}
