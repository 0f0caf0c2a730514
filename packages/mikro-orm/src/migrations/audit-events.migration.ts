import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { auditEventsUp } from './audit-events.sql';

/**
 * The audit trail (`roster_audit_events`): one row per event, written in the transaction of its
 * change. Fixed SQL per dialect, `if not exists`, like the other migrations.
 */
export class RosterAuditEventsMigration extends Migration {
  override up(): void {
    for (const statement of auditEventsUp(this.dialect())) this.addSql(statement);
  }

  override down(): void {
    const quote = this.dialect() === 'postgresql' ? '"' : '`';
    this.addSql(`drop table if exists ${quote}roster_audit_events${quote}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
