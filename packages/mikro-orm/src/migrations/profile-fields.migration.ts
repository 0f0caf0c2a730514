import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { COLUMN_EXISTS, PROFILE_COLUMNS, UNIQUE_VALUES_TABLE } from './profile-fields.sql';

/**
 * User profile fields: the tenant's custom fields, the users' values, and the table that keeps
 * values of unique custom fields unique per tenant and field. Fixed SQL per dialect; a column is
 * added only when missing (SQLite and MySQL have no `add column if not exists`), so a schema a
 * host made with the generator, or a MariaDB run cut short, is simply completed.
 */
export class RosterProfileFieldsMigration extends Migration {
  override async up(): Promise<void> {
    const dialect = this.dialect();
    for (const added of PROFILE_COLUMNS) {
      const found = await this.execute(COLUMN_EXISTS[dialect], [added.table, added.column]);
      if (found.length === 0) this.addSql(added.sql[dialect]);
    }
    for (const statement of UNIQUE_VALUES_TABLE[dialect]) this.addSql(statement);
  }

  override down(): void {
    const quote = this.dialect() === 'postgresql' ? '"' : '`';
    const q = (name: string): string => `${quote}${name}${quote}`;
    this.addSql(`drop table if exists ${q('roster_user_unique_values')}`);
    for (const added of PROFILE_COLUMNS) this.addSql(`alter table ${q(added.table)} drop column ${q(added.column)}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
