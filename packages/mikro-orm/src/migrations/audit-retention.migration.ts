import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { COLUMN_EXISTS } from './profile-fields.sql';
import { MYSQL_INDEX_EXISTS } from './scim-external-id.sql';
import { AUDIT_RETENTION_COLUMN, createPurgeIndex, PURGE_INDEXES } from './audit-retention.sql';

/**
 * Retention and purge: the tenant's audit retention (`roster_tenants.audit_retention_days`, nullable:
 * null keeps events for ever) and the indexes the purge job reads its batches by. Each is added only
 * when missing, so a schema a host made with the generator is simply completed.
 */
export class RosterAuditRetentionMigration extends Migration {
  override async up(): Promise<void> {
    const dialect = this.dialect();
    const { table, column, sql } = AUDIT_RETENTION_COLUMN;
    if ((await this.execute(COLUMN_EXISTS[dialect], [table, column])).length === 0) this.addSql(sql[dialect]);
    for (const index of PURGE_INDEXES) {
      if (dialect === 'mysql' && (await this.execute(MYSQL_INDEX_EXISTS, [index.table, index.name])).length > 0) continue;
      this.addSql(createPurgeIndex(dialect, index));
    }
  }

  override down(): void {
    const dialect = this.dialect();
    const quote = dialect === 'postgresql' ? '"' : '`';
    const q = (name: string): string => `${quote}${name}${quote}`;
    for (const index of PURGE_INDEXES) this.addSql(`drop index ${q(index.name)}${dialect === 'mysql' ? ` on ${q(index.table)}` : ''}`);
    this.addSql(`alter table ${q(AUDIT_RETENTION_COLUMN.table)} drop column ${q(AUDIT_RETENTION_COLUMN.column)}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
