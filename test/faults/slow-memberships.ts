import type { MikroOrmStores } from '@roster/mikro-orm';

/**
 * Makes every membership insert wait `seconds` inside its transaction (a trigger on the fault
 * test's own database), so that a connection can be killed between a user's row and its
 * memberships: the moment a store that is not atomic would leave a half-written user.
 */
export async function slowMembershipInserts(stores: MikroOrmStores, seconds: number): Promise<void> {
  const connection = stores.orm!.em.getConnection();
  await connection.execute(
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- only a number reaches the SQL text
    `create or replace function roster_fault_slow() returns trigger language plpgsql as $$ begin perform pg_sleep(${Number(seconds)}); return new; end $$`,
    [],
    'run',
  );
  await connection.execute(
    'create trigger roster_fault_slow before insert on roster_user_groups for each statement execute function roster_fault_slow()',
    [],
    'run',
  );
}
