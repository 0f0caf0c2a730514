/**
 * The initial schema on SQLite. DDL is transactional there (the migration applies whole or not at
 * all), and every statement is `if not exists`, so tables a host already made with MikroORM's
 * schema generator are kept.
 */
export const INITIAL_SCHEMA_SQLITE: readonly string[] = [
  'create table if not exists `roster_tenants` (`id` text not null, `name` text not null, `account_url` text null, `identify_by` text not null, `seat_limit` integer null, `default_permissions` json not null, `root_organization_id` integer not null, primary key (`id`))',
  'create unique index if not exists `roster_tenants_name_unique` on `roster_tenants` (`name`)',
  'create index if not exists `roster_tenants_account_url_index` on `roster_tenants` (`account_url`)',
  'create table if not exists `roster_tenant_counters` (`tenant_id` text not null, `user_count` integer not null, `next_user_id` integer not null, primary key (`tenant_id`))',
  'create table if not exists `roster_organizations` (`tenant_id` text not null, `id` integer not null, `name` text not null, `parent_id` integer null, primary key (`tenant_id`, `id`))',
  'create table if not exists `roster_groups` (`tenant_id` text not null, `id` integer not null, `name` text not null, `organization_id` integer not null, primary key (`tenant_id`, `id`))',
  'create table if not exists `roster_users` (`tenant_id` text not null, `id` integer not null, `public_id` text not null, `email` text null, `email_key` text null, `login` text null, `login_key` text null, `first_name` text not null, `last_name` text not null, `password_hash` text null, `role` text not null, `permissions` json not null, `status` text not null, `organization_id` integer not null, `external_id` double null, `source` text not null, `phone_number` text null, `live_scanner` integer not null, `subscribed_to_updates` integer not null, `settings` json not null, `group_ids` json not null, `backend_access` integer not null, `created_at` datetime not null, `updated_at` datetime not null, `last_login_at` datetime null, `version` integer not null, primary key (`tenant_id`, `id`))',
  'create unique index if not exists `roster_users_email_key_unique` on `roster_users` (`tenant_id`, `email_key`)',
  'create unique index if not exists `roster_users_login_key_unique` on `roster_users` (`tenant_id`, `login_key`)',
  'create unique index if not exists `roster_users_public_id_unique` on `roster_users` (`tenant_id`, `public_id`)',
  'create index if not exists `roster_users_created_at_index` on `roster_users` (`tenant_id`, `created_at`, `id`)',
  'create index if not exists `roster_users_role_index` on `roster_users` (`tenant_id`, `role`, `created_at`, `id`)',
  'create index if not exists `roster_users_status_index` on `roster_users` (`tenant_id`, `status`, `created_at`, `id`)',
  'create index if not exists `roster_users_organization_index` on `roster_users` (`tenant_id`, `organization_id`)',
  'create table if not exists `roster_user_groups` (`tenant_id` text not null, `user_id` integer not null, `group_id` integer not null, primary key (`tenant_id`, `user_id`, `group_id`))',
  'create index if not exists `roster_user_groups_group_index` on `roster_user_groups` (`tenant_id`, `group_id`, `user_id`)',
  'create table if not exists `roster_api_keys` (`id` text not null, `tenant_id` text not null, `name` text not null, `prefix` text not null, `secret_hash` text not null, `role` text not null, `permissions` json not null, `organization_id` integer null, `created_at` datetime not null, `last_used_at` datetime null, primary key (`id`))',
  'create unique index if not exists `roster_api_keys_secret_hash_unique` on `roster_api_keys` (`secret_hash`)',
  'create index if not exists `roster_api_keys_tenant_index` on `roster_api_keys` (`tenant_id`, `created_at`, `id`)',
];
