import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { COLUMN_EXISTS } from './profile-fields.sql';
import { deletedUsersUp } from './deleted-users.sql';

/**
 * Soft delete (the admin API's DELETE): the table of soft-deleted users (`roster_deleted_users`)
 * and the tenant's retention, `roster_tenants.deleted_user_retention_days` (nullable: null means
 * the default, 30 days). Fixed SQL per dialect, `if not exists`, like the other migrations.
 */
const ADD_RETENTION: Record<SqlDialect, string> = {
  sqlite: 'alter table `roster_tenants` add column `deleted_user_retention_days` integer null',
  postgresql: 'alter table "roster_tenants" add column if not exists "deleted_user_retention_days" int null',
  mysql: 'alter table `roster_tenants` add column `deleted_user_retention_days` int null',
};

export class RosterDeletedUsersMigration extends Migration {
  override async up(): Promise<void> {
    const dialect = this.dialect();
    for (const statement of deletedUsersUp(dialect)) this.addSql(statement);
    const found = await this.execute(COLUMN_EXISTS[dialect], ['roster_tenants', 'deleted_user_retention_days']);
    if (found.length === 0) this.addSql(ADD_RETENTION[dialect]);
  }

  override down(): void {
    const quote = this.dialect() === 'postgresql' ? '"' : '`';
    this.addSql(`drop table if exists ${quote}roster_deleted_users${quote}`);
    this.addSql(`alter table ${quote}roster_tenants${quote} drop column ${quote}deleted_user_retention_days${quote}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
