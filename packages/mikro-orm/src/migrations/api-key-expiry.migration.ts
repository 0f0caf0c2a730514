import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { COLUMN_EXISTS } from './profile-fields.sql';

/**
 * `roster_api_keys.expires_at`: the moment a key stops authenticating (null: never). Set at
 * creation, and on the old key by a rotation with a grace period. Nullable, so existing keys keep
 * working; added only when missing, as the profile-field columns are.
 */
const ADD: Record<SqlDialect, string> = {
  sqlite: 'alter table `roster_api_keys` add column `expires_at` datetime null',
  postgresql: 'alter table "roster_api_keys" add column if not exists "expires_at" timestamptz(3) null',
  mysql: 'alter table `roster_api_keys` add column `expires_at` datetime(3) null',
};

export class RosterApiKeyExpiryMigration extends Migration {
  override async up(): Promise<void> {
    const dialect = this.dialect();
    const found = await this.execute(COLUMN_EXISTS[dialect], ['roster_api_keys', 'expires_at']);
    if (found.length === 0) this.addSql(ADD[dialect]);
  }

  override down(): void {
    const quote = this.dialect() === 'postgresql' ? '"' : '`';
    this.addSql(`alter table ${quote}roster_api_keys${quote} drop column ${quote}expires_at${quote}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
