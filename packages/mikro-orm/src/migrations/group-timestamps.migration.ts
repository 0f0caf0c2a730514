import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { COLUMN_EXISTS } from './profile-fields.sql';

const COLUMNS = ['created_at', 'updated_at'] as const;

/** Each column nullable, without a default, as the entity declares it (a host's schema diff stays empty). */
const ADD: Readonly<Record<SqlDialect, (column: string) => string>> = {
  sqlite: (column) => `alter table \`roster_groups\` add column \`${column}\` datetime null`,
  postgresql: (column) => `alter table "roster_groups" add column if not exists "${column}" timestamptz(3) null`,
  mysql: (column) => `alter table \`roster_groups\` add column \`${column}\` datetime(3) null`,
};

/**
 * The groups stored before the columns existed: created and last changed when the migration runs
 * (nothing older is known of them). SQLite holds MikroORM's datetimes as epoch milliseconds.
 */
const FILL: Readonly<Record<SqlDialect, string>> = {
  sqlite:
    "update `roster_groups` set `created_at` = cast((julianday('now') - 2440587.5) * 86400000 as integer), `updated_at` = cast((julianday('now') - 2440587.5) * 86400000 as integer) where `created_at` is null",
  postgresql: 'update "roster_groups" set "created_at" = now(), "updated_at" = now() where "created_at" is null',
  mysql: 'update `roster_groups` set `created_at` = current_timestamp(3), `updated_at` = current_timestamp(3) where `created_at` is null',
};

/**
 * `roster_groups.created_at` and `updated_at`: when a group was created and when its version last
 * moved on (the SCIM Group's `meta.created` and `meta.lastModified`). Each column added only when
 * missing, then the rows without a time filled (re-runnable).
 */
export class RosterGroupTimestampsMigration extends Migration {
  override async up(): Promise<void> {
    const dialect = this.dialect();
    for (const column of COLUMNS) {
      const found = await this.execute(COLUMN_EXISTS[dialect], ['roster_groups', column]);
      if (found.length === 0) this.addSql(ADD[dialect](column));
    }
    this.addSql(FILL[dialect]);
  }

  override down(): void {
    const quote = this.dialect() === 'postgresql' ? '"' : '`';
    for (const column of [...COLUMNS].reverse())
      this.addSql(`alter table ${quote}roster_groups${quote} drop column ${quote}${column}${quote}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
