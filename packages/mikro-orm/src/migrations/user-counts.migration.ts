import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { USER_COUNTS_BACKFILL, USER_COUNTS_TABLE } from './user-counts.sql';

/**
 * `roster_user_counts`, the exact number of users per (tenant, role, status) that list totals are
 * answered from, created and filled from the users already stored. Fixed SQL per dialect, the
 * table `if not exists` and the fill re-runnable, like the other migrations.
 */
export class RosterUserCountsMigration extends Migration {
  override up(): void {
    const dialect = this.dialect();
    this.addSql(USER_COUNTS_TABLE[dialect]);
    for (const statement of USER_COUNTS_BACKFILL[dialect]) this.addSql(statement);
  }

  override down(): void {
    const quote = this.dialect() === 'postgresql' ? '"' : '`';
    this.addSql(`drop table if exists ${quote}roster_user_counts${quote}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
