import type { SqlDialect } from '../orm/sql-dialect';

const MYSQL_TABLE_OPTIONS = 'default character set utf8mb4 collate utf8mb4_bin engine = InnoDB';

/** `roster_user_counts`: users per (tenant, role, status), matching `RosterUserCountSchema`. */
export const USER_COUNTS_TABLE: Readonly<Record<SqlDialect, string>> = {
  sqlite:
    'create table if not exists `roster_user_counts` (`tenant_id` text not null, `role` text not null, `status` text not null, `users` integer not null, primary key (`tenant_id`, `role`, `status`))',
  postgresql:
    'create table if not exists "roster_user_counts" ("tenant_id" varchar(128) not null, "role" varchar(100) not null, "status" varchar(16) not null, "users" int not null, constraint "roster_user_counts_pkey" primary key ("tenant_id", "role", "status"))',
  mysql: `create table if not exists \`roster_user_counts\` (\`tenant_id\` varchar(128) not null, \`role\` varchar(100) not null, \`status\` varchar(16) not null, \`users\` int not null, primary key (\`tenant_id\`, \`role\`, \`status\`)) ${MYSQL_TABLE_OPTIONS}`,
};

/**
 * Fills the table from the users already stored: emptied first, so a run cut short (MariaDB
 * commits the DDL by itself) can run again. On PostgreSQL the users table is locked against
 * writes until the migration commits, so no user written meanwhile is missed; SQLite's write
 * transaction and InnoDB's shared locks on the rows `insert … select` reads do the same.
 */
export const USER_COUNTS_BACKFILL: Readonly<Record<SqlDialect, readonly string[]>> = {
  sqlite: [
    'delete from `roster_user_counts`',
    'insert into `roster_user_counts` (`tenant_id`, `role`, `status`, `users`) select `tenant_id`, `role`, `status`, count(*) from `roster_users` group by `tenant_id`, `role`, `status`',
  ],
  postgresql: [
    'lock table "roster_users" in share mode',
    'delete from "roster_user_counts"',
    'insert into "roster_user_counts" ("tenant_id", "role", "status", "users") select "tenant_id", "role", "status", count(*) from "roster_users" group by "tenant_id", "role", "status"',
  ],
  mysql: [
    'delete from `roster_user_counts`',
    'insert into `roster_user_counts` (`tenant_id`, `role`, `status`, `users`) select `tenant_id`, `role`, `status`, count(*) from `roster_users` group by `tenant_id`, `role`, `status`',
  ],
};
