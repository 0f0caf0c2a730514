import type { SqlDialect } from '../orm/sql-dialect';
import type { AddedColumn } from './profile-fields.sql';

/** `roster_users.scim_external_id`: the identity provider's id of a user (SCIM `externalId`), nullable. */
export const SCIM_EXTERNAL_ID_COLUMN: AddedColumn = {
  table: 'roster_users',
  column: 'scim_external_id',
  sql: {
    sqlite: 'alter table `roster_users` add column `scim_external_id` text null',
    postgresql: 'alter table "roster_users" add column if not exists "scim_external_id" varchar(255) null',
    mysql: 'alter table `roster_users` add column `scim_external_id` varchar(255) null',
  },
};

export const SCIM_EXTERNAL_ID_INDEX = 'roster_users_scim_external_id_index';

/** The index a SCIM `externalId eq` filter uses, per tenant; MySQL has no `if not exists` for it (checked first). */
export const CREATE_INDEX: Readonly<Record<SqlDialect, string>> = {
  sqlite: `create index if not exists \`${SCIM_EXTERNAL_ID_INDEX}\` on \`roster_users\` (\`tenant_id\`, \`scim_external_id\`)`,
  postgresql: `create index if not exists "${SCIM_EXTERNAL_ID_INDEX}" on "roster_users" ("tenant_id", "scim_external_id")`,
  mysql: `create index \`${SCIM_EXTERNAL_ID_INDEX}\` on \`roster_users\` (\`tenant_id\`, \`scim_external_id\`)`,
};

/** One row when MySQL's `roster_users` has the index already. */
export const MYSQL_INDEX_EXISTS =
  'select index_name from information_schema.statistics where table_schema = database() and table_name = ? and index_name = ?';
