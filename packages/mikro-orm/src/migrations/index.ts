import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { RosterInitialSchemaMigration } from './initial-schema.migration';
import { RosterTenantHostsMigration } from './tenant-hosts.migration';
import { RosterProfileFieldsMigration } from './profile-fields.migration';
import { RosterUserCountsMigration } from './user-counts.migration';
import { RosterScimExternalIdMigration } from './scim-external-id.migration';
import { RosterIdempotencyKeysMigration } from './idempotency-keys.migration';
import { RosterTenantIfMatchMigration } from './tenant-if-match.migration';
import { RosterAuditEventsMigration } from './audit-events.migration';
import { RosterApiKeyExpiryMigration } from './api-key-expiry.migration';
import { RosterImportJobsMigration } from './import-jobs.migration';
import { RosterDeletedUsersMigration } from './deleted-users.migration';
import { RosterWebhooksMigration } from './webhooks.migration';
import { RosterAuditRetentionMigration } from './audit-retention.migration';
import { RosterGroupScimMigration } from './group-scim.migration';
import { RosterGroupCounterMigration } from './group-counter.migration';
import { RosterGroupTimestampsMigration } from './group-timestamps.migration';

export { RosterInitialSchemaMigration } from './initial-schema.migration';
export { RosterTenantHostsMigration } from './tenant-hosts.migration';
export { RosterProfileFieldsMigration } from './profile-fields.migration';
export { RosterUserCountsMigration } from './user-counts.migration';
export { RosterScimExternalIdMigration } from './scim-external-id.migration';
export { RosterIdempotencyKeysMigration } from './idempotency-keys.migration';
export { RosterTenantIfMatchMigration } from './tenant-if-match.migration';
export { RosterAuditEventsMigration } from './audit-events.migration';
export { RosterApiKeyExpiryMigration } from './api-key-expiry.migration';
export { RosterImportJobsMigration } from './import-jobs.migration';
export { RosterDeletedUsersMigration } from './deleted-users.migration';
export { RosterWebhooksMigration } from './webhooks.migration';
export { RosterAuditRetentionMigration } from './audit-retention.migration';
export { RosterGroupScimMigration } from './group-scim.migration';
export { RosterGroupCounterMigration } from './group-counter.migration';
export { RosterGroupTimestampsMigration } from './group-timestamps.migration';

export interface RosterMigration {
  /** Stored in the migrations table; never renamed once released. */
  readonly name: string;
  readonly class: Constructor<Migration>;
}

/**
 * Roster's migrations, oldest first, in MikroORM's `migrationsList` shape: a host running its own
 * Migrator can list them there instead of calling `migrateRoster`.
 */
export const rosterMigrations: readonly RosterMigration[] = [
  { name: 'Migration20250601000000_roster_initial_schema', class: RosterInitialSchemaMigration },
  { name: 'Migration20261201000000_roster_tenant_hosts', class: RosterTenantHostsMigration },
  { name: 'Migration20261201000001_roster_profile_fields', class: RosterProfileFieldsMigration },
  { name: 'Migration20261202000000_roster_user_counts', class: RosterUserCountsMigration },
  { name: 'Migration20261202000001_roster_scim_external_id', class: RosterScimExternalIdMigration },
  { name: 'Migration20261202000002_roster_idempotency_keys', class: RosterIdempotencyKeysMigration },
  { name: 'Migration20261202000003_roster_tenant_if_match', class: RosterTenantIfMatchMigration },
  { name: 'Migration20261202000100_roster_audit_events', class: RosterAuditEventsMigration },
  { name: 'Migration20261202000200_roster_key_expiry', class: RosterApiKeyExpiryMigration },
  { name: 'Migration20261203000100_roster_webhooks', class: RosterWebhooksMigration },
  { name: 'Migration20261203000400_roster_deleted_users', class: RosterDeletedUsersMigration },
  { name: 'Migration20261203000500_roster_import_jobs', class: RosterImportJobsMigration },
  { name: 'Migration20261204000100_roster_audit_retention', class: RosterAuditRetentionMigration },
  { name: 'Migration20261204000300_roster_group_scim', class: RosterGroupScimMigration },
  { name: 'Migration20261204000301_roster_group_counter', class: RosterGroupCounterMigration },
  { name: 'Migration20261205000100_roster_group_timestamps', class: RosterGroupTimestampsMigration },
];
