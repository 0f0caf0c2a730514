import { Utils, type EntityData, type EntityManager, type MetadataStorage, type MikroORM, type Options } from '@mikro-orm/core';
import type { AbstractSqlDriver, Transaction } from '@mikro-orm/knex';
import type { MigrationStorage } from '@mikro-orm/migrations';
import { RosterError } from '@roster/core';
import { driverLog, type DriverLogSink } from './driver-log';

/**
 * Everything that differs between MikroORM 6.6 and 7 lives here; the rest of the package calls
 * these functions and never asks which major it runs on.
 *
 * - driver packages: SQLite is `@mikro-orm/better-sqlite` (or `@mikro-orm/libsql`) on 6 and
 *   `@mikro-orm/libsql` on 7 (no `better-sqlite` 7 exists; libsql ships a prebuilt binary, so a
 *   host builds nothing); PostgreSQL and MariaDB/MySQL keep their package names.
 * - the SQL layer: knex (`@mikro-orm/knex`) on 6, kysely (`@mikro-orm/sql`) on 7. Raw SQL goes
 *   through `executeSql`, which is `em.execute` on both (`?` placeholders, run in the
 *   EntityManager's transaction); sub-selects through `subQuery`.
 * - knex's `log` option and pool hooks exist only on 6.
 */

export type MikroOrmMajor = 6 | 7;

/** The versions Roster is tested with; `^` ranges in package.json. */
export const SUPPORTED_MIKRO_ORM = { 6: '^6.6.16', 7: '^7.2.1' } as const;

let detected: MikroOrmMajor | undefined;

/** The major of the `@mikro-orm/core` that is installed (the host's). */
export function mikroOrmMajor(): MikroOrmMajor {
  if (detected) return detected;
  const version = Utils.getORMVersion();
  const major = Number.parseInt(version, 10);
  if (major !== 6 && major !== 7) {
    throw new RosterError('INTERNAL', `@roster/mikro-orm supports MikroORM 6.6 and 7, not ${version}`);
  }
  detected = major;
  return major;
}

/** The SQL EntityManager of either major: core's EntityManager plus what every SQL driver adds. */
export type SqlEntityManager = EntityManager & {
  execute<T = unknown>(sql: string, params?: readonly unknown[], method?: 'all' | 'get' | 'run'): Promise<T>;
  createQueryBuilder(entityName: unknown, alias?: string): SqlQueryBuilder;
};

/** The part of a QueryBuilder Roster uses. */
export interface SqlQueryBuilder {
  select(fields: string | readonly string[]): SqlQueryBuilder;
  where(condition: Record<string, unknown>): SqlQueryBuilder;
}

/**
 * The SQL driver and its transaction, typed by the 6.6 declarations the package is compiled
 * against; on 7 the same members come from `@mikro-orm/sql` (`execute`, `getConnection().transactional`).
 */
export type SqlDriver = AbstractSqlDriver;
export type SqlTransaction = Transaction;

/** Whether the metadata knows an entity by class name (6 types `find` with a name, 7 with a class or schema; both look names up). */
export function hasEntityNamed(metadata: MetadataStorage, className: string): boolean {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(metadata, …)
  const find = metadata.find as unknown as (this: MetadataStorage, name: string) => unknown;
  return find.call(metadata, className) !== undefined;
}

/** The row `MigrationStorage.logMigration` records: 6 also takes a (null) migration context, 7 only the name. */
export function migrationLogEntry(name: string): Parameters<MigrationStorage['logMigration']>[0] {
  return { name, context: null } as Parameters<MigrationStorage['logMigration']>[0];
}

/** What `executeSql(…, 'run')` resolves to on both majors. */
export interface RunResult {
  readonly affectedRows: number;
  /** The connection's last insert id (on MariaDB/MySQL also what `LAST_INSERT_ID(expr)` set). */
  readonly insertId?: number | string;
  // eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- rows of any entity, in the type MikroORM's API takes
  readonly rows?: readonly EntityData<object>[];
}

/**
 * Runs one raw SQL statement on `em`'s connection, inside its transaction when one is open.
 * Placeholders are `?` on every database (MikroORM escapes the values into the statement, on
 * PostgreSQL too). `all` gives the rows
 * (also of `UPDATE … RETURNING` on PostgreSQL and SQLite), `get` the first row, `run` a RunResult.
 */
export function executeSql<T extends object = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params?: readonly unknown[],
  method?: 'all',
): Promise<T[]>;
export function executeSql<T extends object = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
  method: 'get',
): Promise<T | undefined>;
export function executeSql(em: EntityManager, sql: string, params: readonly unknown[], method: 'run'): Promise<RunResult>;
export function executeSql(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
  method: 'all' | 'get' | 'run' = 'all',
): Promise<unknown> {
  return (em as SqlEntityManager).execute(sql, [...params], method);
}

/** A QueryBuilder on `entity` (every Roster driver is a SQL one). */
export function queryBuilder(em: EntityManager, entity: unknown, alias: string): SqlQueryBuilder {
  return (em as SqlEntityManager).createQueryBuilder(entity, alias);
}

/** A QueryBuilder as the value of `$in` (a sub-select): knex's query on 6, the builder itself on 7. */
export function subQuery(qb: SqlQueryBuilder): unknown {
  const knexQuery = (qb as { getKnexQuery?: () => unknown }).getKnexQuery;
  return mikroOrmMajor() === 6 && typeof knexQuery === 'function' ? knexQuery.call(qb) : qb;
}

/** The Roster-supported databases, as `openRosterOrm` names them. */
export type DriverDialect = 'sqlite' | 'postgresql' | 'mysql';

/**
 * The driver packages that serve a database on the installed major, preferred first: SQLite is
 * `@mikro-orm/better-sqlite` (or `@mikro-orm/libsql`) on 6 and `@mikro-orm/libsql` on 7.
 */
export function driverPackageNames(dialect: DriverDialect): readonly string[] {
  if (dialect === 'sqlite') return mikroOrmMajor() === 6 ? ['@mikro-orm/better-sqlite', '@mikro-orm/libsql'] : ['@mikro-orm/libsql'];
  return [dialect === 'postgresql' ? '@mikro-orm/postgresql' : '@mikro-orm/mariadb'];
}

interface DriverModule {
  readonly MikroORM: { init(options: Partial<Options>): Promise<MikroORM> };
}

/** A loaded driver package and its name. */
export interface LoadedDriver {
  readonly name: string;
  readonly MikroORM: DriverModule['MikroORM'];
}

function isMissingModule(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND';
}

/** Loads the first installed driver package for `dialect`; none installed is named (they are optional peers). */
export async function loadDriver(dialect: DriverDialect): Promise<LoadedDriver> {
  const names = driverPackageNames(dialect);
  let missing: unknown;
  for (const name of names) {
    try {
      const loaded = (await import(name)) as DriverModule;
      return { name, MikroORM: loaded.MikroORM };
    } catch (error) {
      if (!isMissingModule(error)) throw error;
      missing ??= error;
    }
  }
  const range = SUPPORTED_MIKRO_ORM[mikroOrmMajor()];
  const wanted = names.join(' or ');
  throw new RosterError(
    'INTERNAL',
    `this database URL needs the package ${wanted} (${range}): install it beside @roster/mikro-orm`,
    {},
    { cause: missing },
  );
}

/** Options only the installed major's SQL layer understands (knex's `log` on 6; nothing on 7). */
export function sqlLayerOptions(sink: DriverLogSink | undefined, dialect: DriverDialect): Partial<Options> {
  if (mikroOrmMajor() === 7) return {};
  const connection = dialect === 'mysql' ? { connection: { connectTimeout: CONNECT_TIMEOUT_MS } } : {};
  return { driverOptions: { log: driverLog(sink), ...connection } };
}

/**
 * How long a new MariaDB/MySQL connection may take to open. MikroORM 7's mysql2 waits 10 s; the
 * `mariadb` connector under MikroORM 6 gives up after 1 s, which a loaded machine exceeds when a
 * burst of requests grows the pool, so 6 gets the same 10 s.
 */
const CONNECT_TIMEOUT_MS = 10_000;

interface SqliteConnection {
  pragma(source: string): unknown;
}

const WRITE_AHEAD_LOG = ['journal_mode = WAL', 'synchronous = NORMAL'];

/** With better-sqlite (6), each new SQLite connection is switched to write-ahead logging by knex's pool hook. */
function useWriteAheadLog(connection: SqliteConnection, done: (error: Error | null, connection: SqliteConnection) => void): void {
  try {
    for (const pragma of WRITE_AHEAD_LOG) connection.pragma(pragma);
    done(null, connection);
  } catch (error) {
    done(error as Error, connection);
  }
}

/**
 * A SQLite file in write-ahead-log mode: readers on other connections never block the writer,
 * and a commit costs one sync of the log rather than of the database file. With better-sqlite
 * through knex's pool hook (`sqliteFileOptions`); with libsql, which keeps one connection, once
 * after opening (`afterSqliteFileOpened`).
 */
export function sqliteFileOptions(driver: LoadedDriver): Partial<Options> {
  // MikroORM 7's PoolConfig lacks `afterCreate`, so its typecheck needs the cast; the linted tsconfig sees only MikroORM 6's types, where it is a no-op.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  return driver.name === '@mikro-orm/better-sqlite' ? { pool: { afterCreate: useWriteAheadLog } as Options['pool'] } : {};
}

export async function afterSqliteFileOpened(driver: LoadedDriver, orm: MikroORM): Promise<void> {
  if (driver.name === '@mikro-orm/better-sqlite') return;
  for (const pragma of WRITE_AHEAD_LOG) await orm.em.getConnection().execute(`pragma ${pragma}`);
}

interface KnexLike {
  client?: { dialect?: unknown };
}

/**
 * The name of the database behind an EntityManager or a driver: knex's client dialect on 6
 * (`better-sqlite3`, `postgresql`, `mysql`…), the platform class on 7 (`SqlitePlatform`…).
 */
export function driverDialectName(source: { getConnection(): unknown; getPlatform?(): unknown }): string {
  const connection = source.getConnection() as { getKnex?: () => KnexLike };
  if (typeof connection.getKnex === 'function') return String(connection.getKnex().client?.dialect);
  const platform = typeof source.getPlatform === 'function' ? source.getPlatform() : undefined;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- walks the prototype chain of constructors; getPrototypeOf is typed any
  for (let type = platform?.constructor; typeof type === 'function' && type.name; type = Object.getPrototypeOf(type)) {
    const name = type.name;
    if (/sqlite/i.test(name)) return 'sqlite';
    if (/postgre/i.test(name)) return 'postgresql';
    if (/mysql|mariadb/i.test(name)) return 'mysql';
  }
  return String(platform?.constructor?.name);
}
