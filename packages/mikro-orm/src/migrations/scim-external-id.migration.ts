import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { COLUMN_EXISTS } from './profile-fields.sql';
import { CREATE_INDEX, MYSQL_INDEX_EXISTS, SCIM_EXTERNAL_ID_COLUMN, SCIM_EXTERNAL_ID_INDEX } from './scim-external-id.sql';

/**
 * The users' SCIM `externalId` (the scim dialect): a nullable column and its per-tenant index.
 * Fixed SQL per dialect, like the other migrations; the column and the index are added only when
 * missing, so a schema a host made with the generator is simply completed.
 */
export class RosterScimExternalIdMigration extends Migration {
  override async up(): Promise<void> {
    const dialect = this.dialect();
    const { table, column, sql } = SCIM_EXTERNAL_ID_COLUMN;
    const found = await this.execute(COLUMN_EXISTS[dialect], [table, column]);
    if (found.length === 0) this.addSql(sql[dialect]);
    if (dialect === 'mysql' && (await this.execute(MYSQL_INDEX_EXISTS, [table, SCIM_EXTERNAL_ID_INDEX])).length > 0) return;
    this.addSql(CREATE_INDEX[dialect]);
  }

  override down(): void {
    const dialect = this.dialect();
    const quote = dialect === 'postgresql' ? '"' : '`';
    const q = (name: string): string => `${quote}${name}${quote}`;
    const on = dialect === 'mysql' ? ` on ${q('roster_users')}` : '';
    this.addSql(`drop index ${q(SCIM_EXTERNAL_ID_INDEX)}${on}`);
    this.addSql(`alter table ${q('roster_users')} drop column ${q('scim_external_id')}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
