import type { MikroORM } from '@mikro-orm/core';
import { makeTenant, makeUser } from '@roster/testing';
import { createMikroOrmStores } from '../create-mikro-orm-stores';
import { migrateRoster, ROSTER_MIGRATIONS_TABLE } from '../migrate/migrate-roster';
import { openRosterOrm } from '../orm/open-roster-orm';
import { DIALECT_TARGETS } from '../test-support/dialect-targets';
import type { TestDatabase } from '../test-support/test-databases';
import { rosterMigrations } from './index';

jest.setTimeout(60_000);

const USER_COUNTS = 'Migration20261202000000_roster_user_counts';

type Cell = [tenantId: string, role: string, status: string, users: number];

/** Users per (tenant, role, status): the users table grouped, or the counts table, as sorted rows. */
async function cells(orm: MikroORM, from: 'roster_users' | 'roster_user_counts'): Promise<Cell[]> {
  const sql =
    from === 'roster_users'
      ? 'select tenant_id, role, status, count(*) as users from roster_users group by tenant_id, role, status'
      : 'select tenant_id, role, status, users from roster_user_counts where users > 0';
  const rows = (await orm.em.getConnection().execute(sql)) as { tenant_id: string; role: string; status: string; users: unknown }[];
  return rows
    .map((row): Cell => [row.tenant_id, row.role, row.status, Number(row.users)])
    .sort((a, b) => a.join('\u0000').localeCompare(b.join('\u0000')));
}

describe.each(DIALECT_TARGETS)('the user counts migration on $name', (target) => {
  let database: TestDatabase;
  let orm: MikroORM;

  beforeEach(async () => {
    database = await target.create();
    orm = await openRosterOrm({ url: database.url });
    await migrateRoster(orm);
    // Users stored, as by an earlier release: then the database is put back to before this migration.
    const stores = await createMikroOrmStores({ orm });
    for (const tenantId of ['tenant-a', 'tenant-b'])
      await stores.tenants.saveTenant(makeTenant({ id: tenantId, name: `${tenantId}.example` }));
    const roles = ['user', 'publisher', 'administrator'];
    const statuses = ['active', 'inactive', 'pending'] as const;
    for (let id = 1; id <= 11; id += 1) {
      const tenantId = id % 4 === 0 ? 'tenant-b' : 'tenant-a';
      await stores.users.insert(makeUser({ tenantId, id, role: roles[id % 3] ?? 'user', status: statuses[id % 2] ?? 'active' }));
    }
    const connection = orm.em.getConnection();
    await connection.execute('drop table roster_user_counts', [], 'run');
    await connection.execute(`delete from ${ROSTER_MIGRATIONS_TABLE} where name = ?`, [USER_COUNTS], 'run');
  });

  afterEach(async () => {
    await orm.close();
    await database.drop();
  });

  // Later migrations (scim, idempotency, if-match, audit events) are `if not exists`, so re-applying this one alone is what runs.
  it('is listed, and fills the counts from the users already stored', async () => {
    expect(rosterMigrations.map((migration) => migration.name)).toContain(USER_COUNTS);
    const stored = await cells(orm, 'roster_users');
    expect(stored.reduce((sum, cell) => sum + cell[3], 0)).toBe(11);

    expect(await migrateRoster(orm)).toEqual({ applied: [USER_COUNTS] });
    expect(await cells(orm, 'roster_user_counts')).toEqual(stored);

    const stores = await createMikroOrmStores({ orm });
    expect((await stores.users.list({ tenantId: 'tenant-a', offset: 0, limit: 1 })).total).toBe(9);
    expect((await stores.users.list({ tenantId: 'tenant-b', role: 'publisher', offset: 0, limit: 1 })).total).toBe(1);
  });

  it('fills the counts afresh when run again over a table left by a run cut short', async () => {
    await migrateRoster(orm);
    const connection = orm.em.getConnection();
    await connection.execute('update roster_user_counts set users = users + 7', [], 'run');
    await connection.execute(`delete from ${ROSTER_MIGRATIONS_TABLE} where name = ?`, [USER_COUNTS], 'run');

    expect(await migrateRoster(orm)).toEqual({ applied: [USER_COUNTS] });
    expect(await cells(orm, 'roster_user_counts')).toEqual(await cells(orm, 'roster_users'));
  });
});
