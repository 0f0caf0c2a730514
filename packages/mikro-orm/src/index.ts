export * from './entities';
export { rosterMigrations, RosterInitialSchemaMigration, RosterTenantHostsMigration, type RosterMigration } from './migrations';
export { applyRosterMigrations, migrateRoster, ROSTER_MIGRATIONS_TABLE, type MigrateResult } from './migrate/migrate-roster';
export { openRosterOrm, type OpenRosterOrmOptions } from './orm/open-roster-orm';
export { parseDatabaseUrl, type DatabaseTarget } from './orm/database-url';
export { sqlDialectOf, type SqlDialect } from './orm/sql-dialect';
export { translateDriverError } from './errors/translate-driver-error';
export { MikroOrmUserStore } from './stores/mikro-orm-user.store';
export { MikroOrmTenantStore } from './stores/mikro-orm-tenant.store';
export { MikroOrmApiKeyStore } from './stores/mikro-orm-api-key.store';
export { MikroOrmUnitOfWork, transactionalStores } from './stores/mikro-orm-unit-of-work';
export {
  createMikroOrmStores,
  storesOnEntityManager,
  type HostEmStoreOptions,
  type HostOrmStoreOptions,
  type MikroOrmStoreOptions,
  type MikroOrmStores,
  type StandaloneStoreOptions,
} from './create-mikro-orm-stores';
