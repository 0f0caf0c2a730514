import type { SqlDialect } from '../orm/sql-dialect';

/** `roster_import_jobs`, per dialect, matching `RosterImportJobSchema` so a host's schema diff finds nothing. */
const COLUMNS = {
  sqlite:
    '`id` text not null, `tenant_id` text not null, `status` text not null, `file_format` text not null, `validate_only` integer not null, `actor` json not null, `row_count` integer not null, `created_count` integer not null, `failed_count` integer not null, `errors` json not null, `high_water_mark` integer not null, `failure` text null, `body` json not null, `created_at` datetime not null, `updated_at` datetime not null, primary key (`id`)',
  postgresql:
    '"id" varchar(64) not null, "tenant_id" varchar(128) not null, "status" varchar(16) not null, "file_format" varchar(16) not null, "validate_only" boolean not null, "actor" jsonb not null, "row_count" int not null, "created_count" int not null, "failed_count" int not null, "errors" jsonb not null, "high_water_mark" int not null, "failure" text null, "body" jsonb not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "roster_import_jobs_pkey" primary key ("id")',
  mysql:
    '`id` varchar(64) not null, `tenant_id` varchar(128) not null, `status` varchar(16) not null, `file_format` varchar(16) not null, `validate_only` tinyint(1) not null, `actor` json not null, `row_count` int not null, `created_count` int not null, `failed_count` int not null, `errors` json not null, `high_water_mark` int not null, `failure` text null, `body` json not null, `created_at` datetime(3) not null, `updated_at` datetime(3) not null, primary key (`id`)',
} as const satisfies Record<SqlDialect, string>;

const STATUS_INDEX = 'roster_import_jobs_status_index';

export function importJobsUp(dialect: SqlDialect): string[] {
  const q = dialect === 'postgresql' ? '"' : '`';
  const name = (value: string): string => `${q}${value}${q}`;
  const list = ['status', 'created_at'].map(name).join(', ');
  if (dialect === 'mysql') {
    return [
      `create table if not exists ${name('roster_import_jobs')} (${COLUMNS.mysql}, index ${name(STATUS_INDEX)} (${list})) default character set utf8mb4 collate utf8mb4_bin engine = InnoDB`,
    ];
  }
  return [
    `create table if not exists ${name('roster_import_jobs')} (${COLUMNS[dialect]})`,
    `create index if not exists ${name(STATUS_INDEX)} on ${name('roster_import_jobs')} (${list})`,
  ];
}
