import type { SqlDialect } from '../orm/sql-dialect';
import type { AddedColumn } from './profile-fields.sql';

/**
 * `roster_groups.version`: 1 for the groups already stored (and the default of a row inserted
 * without it), one more on every write of the group (the SCIM Group's `meta.version` and `ETag`).
 */
export const GROUP_VERSION_COLUMN: AddedColumn = {
  table: 'roster_groups',
  column: 'version',
  sql: {
    sqlite: 'alter table `roster_groups` add column `version` integer not null default 1',
    postgresql: 'alter table "roster_groups" add column if not exists "version" int not null default 1',
    mysql: 'alter table `roster_groups` add column `version` int not null default 1',
  },
};

/** `roster_groups.external_id`: the identity provider's id of a group (SCIM `externalId`), nullable, not unique. */
export const GROUP_EXTERNAL_ID_COLUMN: AddedColumn = {
  table: 'roster_groups',
  column: 'external_id',
  sql: {
    sqlite: 'alter table `roster_groups` add column `external_id` text null',
    postgresql: 'alter table "roster_groups" add column if not exists "external_id" varchar(255) null',
    mysql: 'alter table `roster_groups` add column `external_id` varchar(255) null',
  },
};

/** The columns the migration adds to `roster_groups`, each only when missing. */
export const GROUP_SCIM_COLUMNS: readonly AddedColumn[] = [GROUP_VERSION_COLUMN, GROUP_EXTERNAL_ID_COLUMN];

export const GROUP_EXTERNAL_ID_INDEX = 'roster_groups_external_id_index';

/** The index an `externalId eq` filter on /Groups uses, per tenant; MySQL has no `if not exists` for it (checked first). */
export const CREATE_GROUP_EXTERNAL_ID_INDEX: Readonly<Record<SqlDialect, string>> = {
  sqlite: `create index if not exists \`${GROUP_EXTERNAL_ID_INDEX}\` on \`roster_groups\` (\`tenant_id\`, \`external_id\`)`,
  postgresql: `create index if not exists "${GROUP_EXTERNAL_ID_INDEX}" on "roster_groups" ("tenant_id", "external_id")`,
  mysql: `create index \`${GROUP_EXTERNAL_ID_INDEX}\` on \`roster_groups\` (\`tenant_id\`, \`external_id\`)`,
};
