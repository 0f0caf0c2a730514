import { Migration } from '@mikro-orm/migrations';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { COLUMN_EXISTS } from './profile-fields.sql';

/** `roster_tenant_counters.next_group_id`: the id the tenant's next group gets (1 for a row inserted without it). */
const ADD: Readonly<Record<SqlDialect, string>> = {
  sqlite: 'alter table `roster_tenant_counters` add column `next_group_id` integer not null default 1',
  postgresql: 'alter table "roster_tenant_counters" add column if not exists "next_group_id" int not null default 1',
  mysql: 'alter table `roster_tenant_counters` add column `next_group_id` int not null default 1',
};

/** Each tenant's counter past its greatest group id, never back (re-runnable). */
const FILL: Readonly<Record<SqlDialect, string>> = {
  sqlite:
    'update `roster_tenant_counters` set `next_group_id` = (select max(`g`.`id`) + 1 from `roster_groups` `g` where `g`.`tenant_id` = `roster_tenant_counters`.`tenant_id`) where `next_group_id` <= (select max(`g`.`id`) from `roster_groups` `g` where `g`.`tenant_id` = `roster_tenant_counters`.`tenant_id`)',
  postgresql:
    'update "roster_tenant_counters" as "c" set "next_group_id" = "g"."top" + 1 from (select "tenant_id", max("id") as "top" from "roster_groups" group by "tenant_id") as "g" where "g"."tenant_id" = "c"."tenant_id" and "c"."next_group_id" <= "g"."top"',
  mysql:
    'update `roster_tenant_counters` `c` join (select `tenant_id`, max(`id`) as `top` from `roster_groups` group by `tenant_id`) `g` on `g`.`tenant_id` = `c`.`tenant_id` set `c`.`next_group_id` = `g`.`top` + 1 where `c`.`next_group_id` <= `g`.`top`',
};

/**
 * The tenants' group counters (`next_group_id`), so that a new group never gets the id of a
 * deleted one, the newest included: the column, then each counter moved past the greatest id of
 * the groups already stored. Added only when missing, like the other columns.
 */
export class RosterGroupCounterMigration extends Migration {
  override async up(): Promise<void> {
    const dialect = this.dialect();
    const found = await this.execute(COLUMN_EXISTS[dialect], ['roster_tenant_counters', 'next_group_id']);
    if (found.length === 0) this.addSql(ADD[dialect]);
    this.addSql(FILL[dialect]);
  }

  override down(): void {
    const quote = this.dialect() === 'postgresql' ? '"' : '`';
    this.addSql(`alter table ${quote}roster_tenant_counters${quote} drop column ${quote}next_group_id${quote}`);
  }

  private dialect(): SqlDialect {
    return sqlDialectOf(this.driver);
  }
}
