import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { INITIAL_SCHEMA_MYSQL } from './initial-schema.mysql';
import { INITIAL_SCHEMA_POSTGRESQL } from './initial-schema.postgresql';
import { INITIAL_SCHEMA_SQLITE } from './initial-schema.sqlite';

const UP: Record<SqlDialect, readonly string[]> = {
  sqlite: INITIAL_SCHEMA_SQLITE,
  postgresql: INITIAL_SCHEMA_POSTGRESQL,
  mysql: INITIAL_SCHEMA_MYSQL,
};

/** Children before parents does not matter (there are no foreign keys), but keep the reverse order. */
const TABLES = [
  'roster_api_keys',
  'roster_user_groups',
  'roster_users',
  'roster_groups',
  'roster_organizations',
  'roster_tenant_counters',
  'roster_tenants',
];

/**
 * Roster's first migration: every `roster_` table with its keys and indexes. One class for the
 * three dialects: the SQL is fixed text per dialect (never generated at run time, so what runs
 * in production is what was tested), chosen from the connection it runs on.
 */
export class RosterInitialSchemaMigration extends Migration {
  override up(): void {
    for (const statement of UP[this.dialect()]) this.addSql(statement);
  }

  override down(): void {
    const quote = this.dialect() === 'postgresql' ? '"' : '`';
    for (const table of TABLES) this.addSql(`drop table if exists ${quote}${table}${quote}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
