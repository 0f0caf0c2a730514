import type { SqlDialect } from '../orm/sql-dialect';

/** The webhook tables, per dialect, matching the `RosterWebhook*` schemas so a host's schema diff finds nothing. */
interface TableSql {
  readonly name: string;
  readonly columns: Record<SqlDialect, string>;
  readonly indexes: readonly (readonly [string, readonly string[], boolean])[];
}

const TABLES: readonly TableSql[] = [
  {
    name: 'roster_webhook_endpoints',
    columns: {
      sqlite:
        '`id` text not null, `tenant_id` text not null, `url` text not null, `event_types` json not null, `description` text null, `enabled` integer not null, `disabled_reason` text null, `secret` text not null, `previous_secret` text null, `previous_secret_expires_at` datetime null, `created_at` datetime not null, `updated_at` datetime not null, `lease_owner` text null, `lease_until` datetime null, primary key (`id`)',
      postgresql:
        '"id" varchar(64) not null, "tenant_id" varchar(128) not null, "url" text not null, "event_types" jsonb not null, "description" text null, "enabled" boolean not null, "disabled_reason" varchar(16) null, "secret" varchar(128) not null, "previous_secret" varchar(128) null, "previous_secret_expires_at" timestamptz(3) null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "lease_owner" varchar(128) null, "lease_until" timestamptz(3) null, constraint "roster_webhook_endpoints_pkey" primary key ("id")',
      mysql:
        '`id` varchar(64) not null, `tenant_id` varchar(128) not null, `url` text not null, `event_types` json not null, `description` text null, `enabled` tinyint(1) not null, `disabled_reason` varchar(16) null, `secret` varchar(128) not null, `previous_secret` varchar(128) null, `previous_secret_expires_at` datetime(3) null, `created_at` datetime(3) not null, `updated_at` datetime(3) not null, `lease_owner` varchar(128) null, `lease_until` datetime(3) null, primary key (`id`)',
    },
    indexes: [['roster_webhook_endpoints_tenant_index', ['tenant_id', 'id'], false]],
  },
  {
    name: 'roster_webhook_outbox',
    columns: {
      sqlite:
        '`id` text not null, `endpoint_id` text not null, `event_id` text not null, `event_type` text not null, `payload` text not null, `status` text not null, `attempt_count` integer not null, `created_at` datetime not null, primary key (`id`)',
      postgresql:
        '"id" varchar(64) not null, "endpoint_id" varchar(64) not null, "event_id" varchar(64) not null, "event_type" varchar(64) not null, "payload" text not null, "status" varchar(16) not null, "attempt_count" int not null, "created_at" timestamptz(3) not null, constraint "roster_webhook_outbox_pkey" primary key ("id")',
      mysql:
        '`id` varchar(64) not null, `endpoint_id` varchar(64) not null, `event_id` varchar(64) not null, `event_type` varchar(64) not null, `payload` text not null, `status` varchar(16) not null, `attempt_count` int not null, `created_at` datetime(3) not null, primary key (`id`)',
    },
    indexes: [
      ['roster_webhook_outbox_endpoint_index', ['endpoint_id', 'status', 'event_id'], false],
      ['roster_webhook_outbox_endpoint_event_unique', ['endpoint_id', 'event_id'], true],
    ],
  },
  {
    name: 'roster_webhook_deliveries',
    columns: {
      sqlite:
        '`id` text not null, `endpoint_id` text not null, `message_id` text not null, `event_id` text not null, `attempt` integer not null, `attempted_at` datetime not null, `status` integer null, `latency_ms` integer not null, `response_snippet` text not null, `outcome` text not null, primary key (`id`)',
      postgresql:
        '"id" varchar(64) not null, "endpoint_id" varchar(64) not null, "message_id" varchar(64) not null, "event_id" varchar(64) not null, "attempt" int not null, "attempted_at" timestamptz(3) not null, "status" int null, "latency_ms" int not null, "response_snippet" text not null, "outcome" varchar(16) not null, constraint "roster_webhook_deliveries_pkey" primary key ("id")',
      mysql:
        '`id` varchar(64) not null, `endpoint_id` varchar(64) not null, `message_id` varchar(64) not null, `event_id` varchar(64) not null, `attempt` int not null, `attempted_at` datetime(3) not null, `status` int null, `latency_ms` int not null, `response_snippet` text not null, `outcome` varchar(16) not null, primary key (`id`)',
    },
    indexes: [['roster_webhook_deliveries_endpoint_index', ['endpoint_id', 'id'], false]],
  },
];

export const WEBHOOK_TABLES = TABLES.map((table) => table.name);

export function webhooksUp(dialect: SqlDialect): string[] {
  const q = dialect === 'postgresql' ? '"' : '`';
  const name = (value: string): string => `${q}${value}${q}`;
  return TABLES.flatMap((table) => {
    const indexes = table.indexes.map(([index, columns, unique]) => ({ index, unique, list: columns.map(name).join(', ') }));
    if (dialect === 'mysql') {
      const keys = indexes.map(({ index, unique, list }) => `, ${unique ? 'unique ' : 'index '}${name(index)} (${list})`).join('');
      return [
        `create table if not exists ${name(table.name)} (${table.columns.mysql}${keys}) default character set utf8mb4 collate utf8mb4_bin engine = InnoDB`,
      ];
    }
    return [
      `create table if not exists ${name(table.name)} (${table.columns[dialect]})`,
      ...indexes.map(
        ({ index, unique, list }) => `create ${unique ? 'unique ' : ''}index if not exists ${name(index)} on ${name(table.name)} (${list})`,
      ),
    ];
  });
}
