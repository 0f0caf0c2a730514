import type { SqlDialect } from '../orm/sql-dialect';

/** A column the migration adds to an existing table, unless it is there already. */
export interface AddedColumn {
  readonly table: string;
  readonly column: string;
  readonly sql: Readonly<Record<SqlDialect, string>>;
}

/**
 * The profile-field columns: `roster_tenants.profile_fields` (the custom fields) and
 * `roster_users.profile` (the values), both nullable JSON so that existing rows need no default.
 */
export const PROFILE_COLUMNS: readonly AddedColumn[] = [
  {
    table: 'roster_tenants',
    column: 'profile_fields',
    sql: {
      sqlite: 'alter table `roster_tenants` add column `profile_fields` json null',
      postgresql: 'alter table "roster_tenants" add column if not exists "profile_fields" jsonb null',
      mysql: 'alter table `roster_tenants` add column `profile_fields` json null',
    },
  },
  {
    table: 'roster_users',
    column: 'profile',
    sql: {
      sqlite: 'alter table `roster_users` add column `profile` json null',
      postgresql: 'alter table "roster_users" add column if not exists "profile" jsonb null',
      mysql: 'alter table `roster_users` add column `profile` json null',
    },
  },
];

const MYSQL_TABLE_OPTIONS = 'default character set utf8mb4 collate utf8mb4_bin engine = InnoDB';

/** `roster_user_unique_values`: one row per value of a unique custom field, keyed (tenant, field, key). */
export const UNIQUE_VALUES_TABLE: Readonly<Record<SqlDialect, readonly string[]>> = {
  sqlite: [
    'create table if not exists `roster_user_unique_values` (`tenant_id` text not null, `field` text not null, `value_key` text not null, `user_id` integer not null, primary key (`tenant_id`, `field`, `value_key`))',
    'create index if not exists `roster_user_unique_values_user_index` on `roster_user_unique_values` (`tenant_id`, `user_id`)',
  ],
  postgresql: [
    'create table if not exists "roster_user_unique_values" ("tenant_id" varchar(128) not null, "field" varchar(64) not null, "value_key" varchar(512) not null, "user_id" int not null, constraint "roster_user_unique_values_pkey" primary key ("tenant_id", "field", "value_key"))',
    'create index if not exists "roster_user_unique_values_user_index" on "roster_user_unique_values" ("tenant_id", "user_id")',
  ],
  mysql: [
    `create table if not exists \`roster_user_unique_values\` (\`tenant_id\` varchar(128) not null, \`field\` varchar(64) not null, \`value_key\` varchar(512) not null, \`user_id\` int not null, primary key (\`tenant_id\`, \`field\`, \`value_key\`), index \`roster_user_unique_values_user_index\` (\`tenant_id\`, \`user_id\`)) ${MYSQL_TABLE_OPTIONS}`,
  ],
};

/** The query that tells whether `table` has `column` (one row when it has). */
export const COLUMN_EXISTS: Readonly<Record<SqlDialect, string>> = {
  sqlite: 'select name from pragma_table_info(?) where name = ?',
  postgresql:
    'select column_name from information_schema.columns where table_schema = current_schema() and table_name = ? and column_name = ?',
  mysql: 'select column_name from information_schema.columns where table_schema = database() and table_name = ? and column_name = ?',
};
