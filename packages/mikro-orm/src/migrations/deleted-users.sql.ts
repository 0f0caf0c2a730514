import type { SqlDialect } from '../orm/sql-dialect';

/** `roster_deleted_users`, per dialect, matching `RosterDeletedUserSchema` so a host's schema diff finds nothing. */
const COLUMNS = {
  sqlite:
    '`tenant_id` text not null, `id` integer not null, `public_id` text not null, `created_at` datetime not null, `deleted_at` datetime not null, `data` text not null, primary key (`tenant_id`, `id`)',
  postgresql:
    '"tenant_id" varchar(128) not null, "id" int not null, "public_id" varchar(64) not null, "created_at" timestamptz(3) not null, "deleted_at" timestamptz(3) not null, "data" text not null, constraint "roster_deleted_users_pkey" primary key ("tenant_id", "id")',
  mysql:
    '`tenant_id` varchar(128) not null, `id` int unsigned not null, `public_id` varchar(64) not null, `created_at` datetime(3) not null, `deleted_at` datetime(3) not null, `data` text not null, primary key (`tenant_id`, `id`)',
} as const satisfies Record<SqlDialect, string>;

const INDEXES = [
  ['roster_deleted_users_public_id_index', ['tenant_id', 'public_id']],
  ['roster_deleted_users_created_index', ['tenant_id', 'created_at', 'id']],
  ['roster_deleted_users_deleted_index', ['tenant_id', 'deleted_at']],
] as const;

export function deletedUsersUp(dialect: SqlDialect): string[] {
  const q = dialect === 'postgresql' ? '"' : '`';
  const name = (value: string): string => `${q}${value}${q}`;
  const indexes = INDEXES.map(([index, columns]) => ({ index, list: columns.map(name).join(', ') }));
  if (dialect === 'mysql') {
    const keys = indexes.map(({ index, list }) => `, index ${name(index)} (${list})`).join('');
    return [
      `create table if not exists ${name('roster_deleted_users')} (${COLUMNS.mysql}${keys}) default character set utf8mb4 collate utf8mb4_bin engine = InnoDB`,
    ];
  }
  return [
    `create table if not exists ${name('roster_deleted_users')} (${COLUMNS[dialect]})`,
    ...indexes.map(({ index, list }) => `create index if not exists ${name(index)} on ${name('roster_deleted_users')} (${list})`),
  ];
}
