import { RosterError } from '@roster/core';

/** The SQL dialects Roster's schema is written for. */
export type SqlDialect = 'sqlite' | 'postgresql' | 'mysql';

interface KnexLike {
  client?: { dialect?: unknown };
}

/**
 * The dialect behind an EntityManager or a driver, read from its knex client (`sqlite3`, `postgresql`,
 * `mysql`: MariaDB and MySQL share one). Anything else is refused.
 */
export function sqlDialectOf(source: { getConnection(): unknown }): SqlDialect {
  const connection = source.getConnection() as { getKnex?: () => KnexLike };
  const dialect = typeof connection.getKnex === 'function' ? connection.getKnex().client?.dialect : undefined;
  if (dialect === 'sqlite3' || dialect === 'better-sqlite3') return 'sqlite';
  if (dialect === 'postgresql' || dialect === 'postgres') return 'postgresql';
  if (dialect === 'mysql' || dialect === 'mysql2' || dialect === 'mariadb') return 'mysql';
  throw new RosterError('INTERNAL', `Roster's MikroORM store supports SQLite, PostgreSQL and MariaDB/MySQL, not ${String(dialect)}`);
}
