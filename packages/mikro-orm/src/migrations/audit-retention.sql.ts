import type { SqlDialect } from '../orm/sql-dialect';
import type { AddedColumn } from './profile-fields.sql';

/** `roster_tenants.audit_retention_days`: days the tenant's audit events are kept; null keeps them for ever. */
export const AUDIT_RETENTION_COLUMN: AddedColumn = {
  table: 'roster_tenants',
  column: 'audit_retention_days',
  sql: {
    sqlite: 'alter table `roster_tenants` add column `audit_retention_days` integer null',
    postgresql: 'alter table "roster_tenants" add column if not exists "audit_retention_days" int null',
    mysql: 'alter table `roster_tenants` add column `audit_retention_days` int null',
  },
};

/** The indexes the purge job reads its batches by: delivered outbox entries by age, delivery-log rows by age. */
export const PURGE_INDEXES: readonly { readonly table: string; readonly name: string; readonly columns: readonly string[] }[] = [
  { table: 'roster_webhook_outbox', name: 'roster_webhook_outbox_purge_index', columns: ['status', 'created_at'] },
  { table: 'roster_webhook_deliveries', name: 'roster_webhook_deliveries_purge_index', columns: ['attempted_at'] },
];

/** The statement creating one purge index; MySQL has no `if not exists` for it (the migration checks first). */
export function createPurgeIndex(dialect: SqlDialect, index: (typeof PURGE_INDEXES)[number]): string {
  const quote = dialect === 'postgresql' ? '"' : '`';
  const q = (name: string): string => `${quote}${name}${quote}`;
  const ifNotExists = dialect === 'mysql' ? '' : 'if not exists ';
  return `create index ${ifNotExists}${q(index.name)} on ${q(index.table)} (${index.columns.map(q).join(', ')})`;
}
