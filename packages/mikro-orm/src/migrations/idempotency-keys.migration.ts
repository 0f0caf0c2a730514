import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';

/**
 * The admin API's Idempotency-Keys (`roster_idempotency_keys`, entities/idempotency-key.entity.ts).
 * Written like the other migrations: fixed SQL per dialect, `if not exists`, matching the entity
 * schema so a host's schema diff finds nothing.
 */
const UP: Record<SqlDialect, readonly string[]> = {
  sqlite: [
    'create table if not exists `roster_idempotency_keys` (`id` text not null, `fingerprint` text not null, `answer` text null, `expires_at` datetime not null, primary key (`id`))',
    'create index if not exists `roster_idempotency_keys_expires_index` on `roster_idempotency_keys` (`expires_at`)',
  ],
  postgresql: [
    'create table if not exists "roster_idempotency_keys" ("id" varchar(64) not null, "fingerprint" varchar(64) not null, "answer" text null, "expires_at" timestamptz(3) not null, constraint "roster_idempotency_keys_pkey" primary key ("id"))',
    'create index if not exists "roster_idempotency_keys_expires_index" on "roster_idempotency_keys" ("expires_at")',
  ],
  mysql: [
    'create table if not exists `roster_idempotency_keys` (`id` varchar(64) not null, `fingerprint` varchar(64) not null, `answer` text null, `expires_at` datetime(3) not null, primary key (`id`), index `roster_idempotency_keys_expires_index` (`expires_at`)) default character set utf8mb4 collate utf8mb4_bin engine = InnoDB',
  ],
};

export class RosterIdempotencyKeysMigration extends Migration {
  override up(): void {
    for (const statement of UP[this.dialect()]) this.addSql(statement);
  }

  override down(): void {
    const quote = this.dialect() === 'postgresql' ? '"' : '`';
    this.addSql(`drop table if exists ${quote}roster_idempotency_keys${quote}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
