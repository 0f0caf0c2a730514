import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { COLUMN_EXISTS } from './profile-fields.sql';
import { MYSQL_INDEX_EXISTS } from './scim-external-id.sql';
import { CREATE_GROUP_EXTERNAL_ID_INDEX, GROUP_EXTERNAL_ID_INDEX, GROUP_SCIM_COLUMNS } from './group-scim.sql';

/**
 * What the SCIM Group resource needs of `roster_groups`: its `version` (not null, 1 for the
 * groups already stored) and its `external_id` (nullable) with a per-tenant index. Fixed SQL per
 * dialect; each column and the index added only when missing, so a schema a host made with the
 * generator is simply completed.
 */
export class RosterGroupScimMigration extends Migration {
  override async up(): Promise<void> {
    const dialect = this.dialect();
    for (const { table, column, sql } of GROUP_SCIM_COLUMNS) {
      const found = await this.execute(COLUMN_EXISTS[dialect], [table, column]);
      if (found.length === 0) this.addSql(sql[dialect]);
    }
    if (dialect === 'mysql' && (await this.execute(MYSQL_INDEX_EXISTS, ['roster_groups', GROUP_EXTERNAL_ID_INDEX])).length > 0) return;
    this.addSql(CREATE_GROUP_EXTERNAL_ID_INDEX[dialect]);
  }

  override down(): void {
    const dialect = this.dialect();
    const quote = dialect === 'postgresql' ? '"' : '`';
    const q = (name: string): string => `${quote}${name}${quote}`;
    this.addSql(`drop index ${q(GROUP_EXTERNAL_ID_INDEX)}${dialect === 'mysql' ? ` on ${q('roster_groups')}` : ''}`);
    for (const { table, column } of [...GROUP_SCIM_COLUMNS].reverse()) this.addSql(`alter table ${q(table)} drop column ${q(column)}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
