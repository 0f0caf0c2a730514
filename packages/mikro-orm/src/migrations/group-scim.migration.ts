import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { COLUMN_EXISTS } from './profile-fields.sql';
import { GROUP_SCIM_COLUMNS } from './group-scim.sql';

/**
 * What the SCIM Group resource needs of `roster_groups`: its `version` (not null, 1 for the
 * groups already stored). Fixed SQL per dialect; each column added only when missing, so a schema
 * a host made with the generator is simply completed.
 */
export class RosterGroupScimMigration extends Migration {
  override async up(): Promise<void> {
    const dialect = this.dialect();
    for (const { table, column, sql } of GROUP_SCIM_COLUMNS) {
      const found = await this.execute(COLUMN_EXISTS[dialect], [table, column]);
      if (found.length === 0) this.addSql(sql[dialect]);
    }
  }

  override down(): void {
    const quote = this.dialect() === 'postgresql' ? '"' : '`';
    const q = (name: string): string => `${quote}${name}${quote}`;
    for (const { table, column } of [...GROUP_SCIM_COLUMNS].reverse()) this.addSql(`alter table ${q(table)} drop column ${q(column)}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
