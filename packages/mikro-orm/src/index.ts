// What a host uses, each by name: the stores come from createMikroOrmStores (their classes, the
// error translation and the SQL helpers stay inside). Every change here shows in
// packages/mikro-orm/api/mikro-orm.api.md (`pnpm api:update`).

// Entity schemas, for a host that adds Roster's tables to its own MikroORM instance.
export {
  rosterEntities,
  RosterApiKeySchema,
  RosterGroupSchema,
  RosterIdempotencyKeySchema,
  RosterMigrationSchema,
  RosterOrganizationSchema,
  RosterTenantCounterSchema,
  RosterTenantHostSchema,
  RosterTenantSchema,
  RosterUserGroupSchema,
  RosterUserSchema,
  RosterUserCountSchema,
  RosterUserUniqueValueSchema,
  type ApiKeyRow,
  type GroupRow,
  type IdempotencyKeyRow,
  type OrganizationRow,
  type RosterMigrationRow,
  type TenantCounterRow,
  type TenantHostRow,
  type TenantRow,
  type UserCountRow,
  type UserGroupRow,
  type UserRow,
  type UserUniqueValueRow,
} from './entities';

// Migrations.
export {
  rosterMigrations,
  RosterIdempotencyKeysMigration,
  RosterInitialSchemaMigration,
  RosterProfileFieldsMigration,
  RosterScimExternalIdMigration,
  RosterTenantHostsMigration,
  RosterTenantIfMatchMigration,
  RosterUserCountsMigration,
  type RosterMigration,
} from './migrations';
export { applyRosterMigrations, migrateRoster, ROSTER_MIGRATIONS_TABLE, type MigrateResult } from './migrate/migrate-roster';

// Opening a connection.
export { openRosterOrm, type OpenRosterOrmOptions } from './orm/open-roster-orm';
export type { DriverLogSink } from './orm/driver-log';
export { parseDatabaseUrl, type DatabaseTarget } from './orm/database-url';
export type { SqlDialect } from './orm/sql-dialect';

// The stores.
export {
  createMikroOrmStores,
  storesOnEntityManager,
  type HostEmStoreOptions,
  type HostOrmStoreOptions,
  type MikroOrmStoreOptions,
  type MikroOrmStores,
  type StandaloneStoreOptions,
} from './create-mikro-orm-stores';
