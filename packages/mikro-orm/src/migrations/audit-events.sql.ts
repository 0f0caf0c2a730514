import type { SqlDialect } from '../orm/sql-dialect';

/** `roster_audit_events`, per dialect, matching `RosterAuditEventSchema` so a host's schema diff finds nothing. */
const COLUMNS = {
  sqlite:
    '`id` text not null, `tenant_id` text null, `type` text not null, `occurred_at` datetime not null, `actor_kind` text not null, `actor_id` text null, `actor_role` text null, `target_kind` text null, `target_id` text null, `changes` json not null, `request_id` text null, `client_address` text null, `dialect` text null, `route` text null, primary key (`id`)',
  postgresql:
    '"id" varchar(64) not null, "tenant_id" varchar(128) null, "type" varchar(64) not null, "occurred_at" timestamptz(3) not null, "actor_kind" varchar(16) not null, "actor_id" varchar(128) null, "actor_role" varchar(100) null, "target_kind" varchar(16) null, "target_id" varchar(128) null, "changes" jsonb not null, "request_id" varchar(128) null, "client_address" varchar(64) null, "dialect" varchar(32) null, "route" varchar(100) null, constraint "roster_audit_events_pkey" primary key ("id")',
  mysql:
    '`id` varchar(64) not null, `tenant_id` varchar(128) null, `type` varchar(64) not null, `occurred_at` datetime(3) not null, `actor_kind` varchar(16) not null, `actor_id` varchar(128) null, `actor_role` varchar(100) null, `target_kind` varchar(16) null, `target_id` varchar(128) null, `changes` json not null, `request_id` varchar(128) null, `client_address` varchar(64) null, `dialect` varchar(32) null, `route` varchar(100) null, primary key (`id`)',
} as const satisfies Record<SqlDialect, string>;

const INDEXES = [
  ['roster_audit_events_tenant_index', ['tenant_id', 'id']],
  ['roster_audit_events_actor_index', ['tenant_id', 'actor_id', 'id']],
  ['roster_audit_events_target_index', ['tenant_id', 'target_id', 'id']],
] as const;

export function auditEventsUp(dialect: SqlDialect): string[] {
  const q = dialect === 'postgresql' ? '"' : '`';
  const name = (value: string): string => `${q}${value}${q}`;
  const indexes = INDEXES.map(([index, columns]) => ({ index, list: columns.map(name).join(', ') }));
  if (dialect === 'mysql') {
    const keys = indexes.map(({ index, list }) => `, index ${name(index)} (${list})`).join('');
    return [
      `create table if not exists ${name('roster_audit_events')} (${COLUMNS.mysql}${keys}) default character set utf8mb4 collate utf8mb4_bin engine = InnoDB`,
    ];
  }
  return [
    `create table if not exists ${name('roster_audit_events')} (${COLUMNS[dialect]})`,
    ...indexes.map(({ index, list }) => `create index if not exists ${name(index)} on ${name('roster_audit_events')} (${list})`),
  ];
}
