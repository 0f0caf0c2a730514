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

/** The columns the migration adds to `roster_groups`, each only when missing. */
export const GROUP_SCIM_COLUMNS: readonly AddedColumn[] = [GROUP_VERSION_COLUMN];
