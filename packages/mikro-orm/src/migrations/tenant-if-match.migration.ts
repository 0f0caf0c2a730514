import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { COLUMN_EXISTS } from './profile-fields.sql';

/**
 * `roster_tenants.require_if_match`: the tenant's writes through the admin API need `If-Match`
 * (428 without). Nullable, so existing rows need no default (null: not required). Added only when
 * missing, as the profile-field columns are.
 */
const ADD: Record<SqlDialect, string> = {
  sqlite: 'alter table `roster_tenants` add column `require_if_match` integer null',
  postgresql: 'alter table "roster_tenants" add column if not exists "require_if_match" boolean null',
  mysql: 'alter table `roster_tenants` add column `require_if_match` tinyint(1) null',
};

export class RosterTenantIfMatchMigration extends Migration {
  override async up(): Promise<void> {
    const dialect = this.dialect();
    const found = await this.execute(COLUMN_EXISTS[dialect], ['roster_tenants', 'require_if_match']);
    if (found.length === 0) this.addSql(ADD[dialect]);
  }

  override down(): void {
    const quote = this.dialect() === 'postgresql' ? '"' : '`';
    this.addSql(`alter table ${quote}roster_tenants${quote} drop column ${quote}require_if_match${quote}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
