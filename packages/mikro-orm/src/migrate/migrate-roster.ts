import type { EntityManager, MigrationsOptions, MikroORM } from '@mikro-orm/core';
import { MigrationStorage } from '@mikro-orm/migrations';
import { translateDriverError } from '../errors/translate-driver-error';
import { rosterMigrations } from '../migrations';
import { migrationLogEntry, type SqlDriver as AbstractSqlDriver, type SqlTransaction as Transaction } from '../orm/mikro-orm-compat';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';

/** Roster keeps its own migrations table, apart from the host's `mikro_orm_migrations`. */
export const ROSTER_MIGRATIONS_TABLE = 'roster_migrations';

const STORAGE_OPTIONS = { tableName: ROSTER_MIGRATIONS_TABLE } as MigrationsOptions;
const LOCK_NAME = 'roster_migrations';
const PG_LOCK_KEY = 7_243_113_421;

/** Serializes concurrent migrators (several app instances starting at once). */
async function lock(dialect: SqlDialect, driver: AbstractSqlDriver, trx: Transaction): Promise<void> {
  if (dialect === 'postgresql') await driver.execute(`select pg_advisory_xact_lock(${PG_LOCK_KEY})`, [], 'all', trx);
  if (dialect === 'mysql') await driver.execute(`select get_lock('${LOCK_NAME}', 120) as got`, [], 'all', trx);
}

async function unlock(dialect: SqlDialect, driver: AbstractSqlDriver, trx: Transaction): Promise<void> {
  if (dialect === 'mysql') await driver.execute(`select release_lock('${LOCK_NAME}') as released`, [], 'all', trx);
}

export interface MigrateResult {
  /** Names of the migrations this call applied (empty when the schema was up to date). */
  readonly applied: readonly string[];
}

/**
 * Applies Roster's pending migrations on the connection of `em`, in one transaction, holding a
 * lock so that concurrent callers wait; idempotent (applied migrations are recorded in
 * `roster_migrations`). On MariaDB/MySQL DDL commits by itself, so each statement is written
 * to be re-runnable instead.
 */
export async function applyRosterMigrations(em: EntityManager): Promise<MigrateResult> {
  const fork = em.fork();
  const driver = fork.getDriver() as unknown as AbstractSqlDriver;
  const dialect = sqlDialectOf(fork);
  const storage = new MigrationStorage(driver, STORAGE_OPTIONS);
  try {
    const applied = await driver.getConnection().transactional(async (trx) => {
      await lock(dialect, driver, trx);
      storage.setMasterMigration(trx);
      try {
        await storage.ensureTable();
        const done = new Set(await storage.executed());
        const names: string[] = [];
        for (const migration of rosterMigrations.filter((m) => !done.has(m.name))) {
          const instance = new migration.class(driver, fork.config);
          instance.setTransactionContext(trx);
          await instance.up();
          for (const query of instance.getQueries()) await driver.execute(query as string, [], 'run', trx);
          await storage.logMigration(migrationLogEntry(migration.name));
          names.push(migration.name);
        }
        return names;
      } finally {
        storage.unsetMasterMigration();
        await unlock(dialect, driver, trx);
      }
    });
    return { applied };
  } catch (error) {
    throw translateDriverError(error);
  }
}

/** `applyRosterMigrations` on an ORM instance (the host's, or the one `createMikroOrmStores` opened). */
export function migrateRoster(orm: MikroORM): Promise<MigrateResult> {
  return applyRosterMigrations(orm.em);
}
