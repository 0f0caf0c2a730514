/**
 * The initial schema on PostgreSQL. DDL is transactional there (the migration applies whole or
 * not at all), and every statement is `if not exists` (unique constraints inline), so tables a
 * host already made with MikroORM's schema generator are kept.
 */
export const INITIAL_SCHEMA_POSTGRESQL: readonly string[] = [
  'create table if not exists "roster_tenants" ("id" varchar(128) not null, "name" varchar(255) not null, "account_url" varchar(512) null, "identify_by" varchar(16) not null, "seat_limit" int null, "default_permissions" jsonb not null, "root_organization_id" int not null, constraint "roster_tenants_pkey" primary key ("id"), constraint "roster_tenants_name_unique" unique ("name"))',
  'create index if not exists "roster_tenants_account_url_index" on "roster_tenants" ("account_url")',
  'create table if not exists "roster_tenant_counters" ("tenant_id" varchar(128) not null, "user_count" int not null, "next_user_id" int not null, constraint "roster_tenant_counters_pkey" primary key ("tenant_id"))',
  'create table if not exists "roster_organizations" ("tenant_id" varchar(128) not null, "id" int not null, "name" varchar(255) not null, "parent_id" int null, constraint "roster_organizations_pkey" primary key ("tenant_id", "id"))',
  'create table if not exists "roster_groups" ("tenant_id" varchar(128) not null, "id" int not null, "name" varchar(255) not null, "organization_id" int not null, constraint "roster_groups_pkey" primary key ("tenant_id", "id"))',
  'create table if not exists "roster_users" ("tenant_id" varchar(128) not null, "id" int not null, "public_id" varchar(64) not null, "email" varchar(320) null, "email_key" varchar(320) null, "login" varchar(255) null, "login_key" varchar(255) null, "first_name" text not null, "last_name" text not null, "password_hash" varchar(255) null, "role" varchar(100) not null, "permissions" jsonb not null, "status" varchar(16) not null, "organization_id" int not null, "external_id" double precision null, "source" varchar(255) not null, "phone_number" varchar(64) null, "live_scanner" boolean not null, "subscribed_to_updates" boolean not null, "settings" jsonb not null, "group_ids" jsonb not null, "backend_access" boolean not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "last_login_at" timestamptz(3) null, "version" int not null, constraint "roster_users_pkey" primary key ("tenant_id", "id"), constraint "roster_users_email_key_unique" unique ("tenant_id", "email_key"), constraint "roster_users_login_key_unique" unique ("tenant_id", "login_key"), constraint "roster_users_public_id_unique" unique ("tenant_id", "public_id"))',
  'create index if not exists "roster_users_created_at_index" on "roster_users" ("tenant_id", "created_at", "id")',
  'create index if not exists "roster_users_role_index" on "roster_users" ("tenant_id", "role", "created_at", "id")',
  'create index if not exists "roster_users_status_index" on "roster_users" ("tenant_id", "status", "created_at", "id")',
  'create index if not exists "roster_users_organization_index" on "roster_users" ("tenant_id", "organization_id")',
  'create table if not exists "roster_user_groups" ("tenant_id" varchar(128) not null, "user_id" int not null, "group_id" int not null, constraint "roster_user_groups_pkey" primary key ("tenant_id", "user_id", "group_id"))',
  'create index if not exists "roster_user_groups_group_index" on "roster_user_groups" ("tenant_id", "group_id", "user_id")',
  'create table if not exists "roster_api_keys" ("id" varchar(128) not null, "tenant_id" varchar(128) not null, "name" varchar(255) not null, "prefix" varchar(64) not null, "secret_hash" varchar(128) not null, "role" varchar(100) not null, "permissions" jsonb not null, "organization_id" int null, "created_at" timestamptz(3) not null, "last_used_at" timestamptz(3) null, constraint "roster_api_keys_pkey" primary key ("id"), constraint "roster_api_keys_secret_hash_unique" unique ("secret_hash"))',
  'create index if not exists "roster_api_keys_tenant_index" on "roster_api_keys" ("tenant_id", "created_at", "id")',
];
