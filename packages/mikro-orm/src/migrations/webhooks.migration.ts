import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { WEBHOOK_TABLES, webhooksUp } from './webhooks.sql';

/**
 * Webhooks: the endpoints (with their delivery lease), the outbox (one row per event and
 * endpoint, written in the event's transaction) and the delivery log. Fixed SQL per dialect,
 * `if not exists`, like the other migrations.
 */
export class RosterWebhooksMigration extends Migration {
  override up(): void {
    for (const statement of webhooksUp(this.dialect())) this.addSql(statement);
  }

  override down(): void {
    const quote = this.dialect() === 'postgresql' ? '"' : '`';
    for (const table of [...WEBHOOK_TABLES].reverse()) this.addSql(`drop table if exists ${quote}${table}${quote}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
