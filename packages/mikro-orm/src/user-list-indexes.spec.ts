import { MikroORM } from '@mikro-orm/postgresql';
import type { UserListQuery } from '@roster/core';
import { createMikroOrmStores, type MikroOrmStores } from './create-mikro-orm-stores';
import { rosterEntities, USER_GROUP_INDEXES, USER_INDEXES } from './entities';
import { migrateRoster } from './migrate/migrate-roster';
import { createTestDatabase, type TestDatabase } from './test-support/test-databases';

jest.setTimeout(120_000);

const USERS = 120_000;
const TENANT = 'tenant-a';

/**
 * 120 000 users over four tenants (30 000 in tenant-a): 2% publishers, 1% administrators, 2%
 * pending, 10% inactive; every tenth user in one of 20 groups. Then VACUUM ANALYZE.
 */
const SEED = [
  `insert into roster_users (tenant_id, id, public_id, email, email_key, login, login_key, first_name, last_name,
     password_hash, role, permissions, status, organization_id, external_id, source, phone_number, live_scanner,
     subscribed_to_updates, settings, group_ids, backend_access, created_at, updated_at, last_login_at, version)
   select case g % 4 when 0 then '${TENANT}' else 'tenant-' || (g % 4) end, g, 'usr_' || g, 'u' || g || '@example.com',
     'u' || g || '@example.com', null, null, 'First', 'Last', null,
     case when g % 200 < 8 then 'publisher' when g % 200 < 12 then 'administrator' else 'user' end, '[]',
     case when g % 200 < 20 and g % 200 >= 12 then 'pending' when g % 10 = 1 then 'inactive' else 'active' end,
     1 + g % 7, null, 'seed', null, false, false, '{"theme":"system","notifications":true}', '[]', false,
     timestamp '2024-01-01' + g * interval '1 second', timestamp '2024-01-01' + g * interval '1 second', null, 1
   from generate_series(1, ${USERS}) g`,
  `insert into roster_user_groups (tenant_id, user_id, group_id)
   select tenant_id, id, 1 + (id / 10) % 20 from roster_users where id % 10 = 0`,
  // The counts the store's inserts would have kept (what the user counts migration fills in).
  `insert into roster_user_counts (tenant_id, role, status, users)
   select tenant_id, role, status, count(*) from roster_users group by tenant_id, role, status`,
  'vacuum analyze roster_users',
  'vacuum analyze roster_user_groups',
];

describe('rest-v1 list on PostgreSQL: the queries use the indexes', () => {
  let database: TestDatabase;
  let orm: MikroORM;
  let stores: MikroOrmStores;
  const queries: { sql: string; params: readonly unknown[] }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgresql');
    orm = await MikroORM.init({
      clientUrl: database.url,
      entities: [...rosterEntities],
      onQuery: (sql, params) => {
        queries.push({ sql, params });
        return sql;
      },
    });
    await migrateRoster(orm);
    stores = await createMikroOrmStores({ orm });
    for (const statement of SEED) await orm.em.getConnection().execute(statement, [], 'run');
  });

  afterAll(async () => {
    await orm?.close();
    await database?.drop();
  });

  /**
   * The plans of the page and count queries the store sends for `filters` (count: null when it
   * counted no user rows), the total it answered and whether it read `roster_user_counts`.
   */
  async function plansOf(
    filters: Partial<UserListQuery>,
  ): Promise<{ page: string; count: string | null; total: number | undefined; fromCounts: boolean }> {
    queries.length = 0;
    const result = await stores.users.list({ tenantId: TENANT, offset: 0, limit: 20, ...filters });
    expect(result.items.length).toBeGreaterThan(0);
    const fromCounts = queries.some((query) => query.sql.includes('from "roster_user_counts"'));
    const sent = queries.filter((query) => query.sql.includes('from "roster_users"'));
    const explain = async (query: (typeof sent)[number] | undefined): Promise<string> => {
      expect(query).toBeDefined();
      const rows = await orm.em.getConnection().execute<{ 'QUERY PLAN': string }[]>(`explain ${query?.sql}`, [...(query?.params ?? [])]);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    };
    const countQuery = sent.find((query) => /count\(/i.test(query.sql));
    return {
      count: countQuery ? await explain(countQuery) : null,
      page: await explain(sent.find((query) => /order by/i.test(query.sql))),
      total: result.total,
      fromCounts,
    };
  }

  /** The users of tenant-a matching `filters`, counted row by row. */
  async function rowsMatching(filters: Partial<UserListQuery>): Promise<number> {
    const sql = `select count(*) as n from roster_users where tenant_id = ?${filters.role ? ' and role = ?' : ''}${filters.status ? ' and status = ?' : ''}`;
    const params = [TENANT, ...(filters.role ? [filters.role] : []), ...(filters.status ? [filters.status] : [])];
    const rows = await orm.em.getConnection().execute<{ n: unknown }[]>(sql, params);
    return Number(rows[0]?.n);
  }

  it.each([
    ['no filter', USER_INDEXES.createdAt, {}],
    ['a role filter', USER_INDEXES.role, { role: 'publisher' }],
    ['a status filter', USER_INDEXES.status, { status: 'pending' as const }],
    ['role and status filters', USER_INDEXES.role, { role: 'publisher', status: 'active' as const }],
  ])(
    'pages with %s through %s, never a full scan or a sort of the table, the total from the user counts',
    async (_name, index, filters) => {
      const { page, count, total, fromCounts } = await plansOf(filters);
      expect(page).toContain(index);
      expect(page).not.toMatch(/Seq Scan on roster_users|Sort\b/);
      expect(count).toBeNull();
      expect(fromCounts).toBe(true);
      expect(total).toBe(await rowsMatching(filters));
    },
  );

  /** Early in tenant-a, and near its end (a client's last pages by cursor). */
  const early = { createdAt: new Date(Date.UTC(2024, 0, 1) + 1_000_000), id: 1_000 };
  const late = { createdAt: new Date(Date.UTC(2024, 0, 1) + 119_000_000), id: 119_000 };

  it.each([
    ['no filter', USER_INDEXES.createdAt, {}],
    ['a role filter', USER_INDEXES.role, { role: 'publisher' }],
    ['a status filter', USER_INDEXES.status, { status: 'pending' as const }],
    ['role and status filters', USER_INDEXES.role, { role: 'publisher', status: 'active' as const }],
  ])('walks by keyset with %s through %s as an index range, sorting at most the tail', async (_name, index, filters) => {
    const { page } = await plansOf({ ...filters, after: early });
    expect(page).toContain(index);
    expect(page).toMatch(/Index Cond: .*created_at >=/);
    expect(page).not.toMatch(/Seq Scan on roster_users|Sort\b/);
    // Near the end the planner may sort the few rows the range leaves (never the table).
    const { page: last } = await plansOf({ ...filters, after: late });
    expect(last).toContain(index);
    expect(last).toMatch(/Index Cond: .*created_at >=/);
    expect(last).not.toContain('Seq Scan on roster_users');
    expect(last).not.toMatch(/rows=([3-9]\d{3}|\d{5,}) /);
  });

  it('bounds the creation time through the created_at index, and counts nothing unless asked (the admin list)', async () => {
    const bounds = {
      filter: {
        and: [
          { date: 'createdAt' as const, op: 'gt' as const, value: new Date(Date.UTC(2024, 0, 1) + 50_000_000) },
          { date: 'createdAt' as const, op: 'lt' as const, value: new Date(Date.UTC(2024, 0, 1) + 60_000_000) },
        ],
      },
    };
    const { page, count, fromCounts, total } = await plansOf({ ...bounds, countTotal: false });
    expect(page).toContain(USER_INDEXES.createdAt);
    expect(page).toMatch(/Index Cond: .*created_at >/);
    expect(page).not.toMatch(/Seq Scan on roster_users|Sort\b/);
    expect([count, fromCounts, total]).toEqual([null, false, undefined]);
    const roles = await plansOf({ filter: { roles: ['publisher', 'administrator'] }, countTotal: false });
    expect(roles.page).not.toContain('Seq Scan on roster_users');
    expect([roles.count, roles.fromCounts]).toEqual([null, false]);
  });

  it('filters by group through the membership index, counting the matches', async () => {
    const { page, count, fromCounts } = await plansOf({ groupId: 3 });
    expect(page).toContain(USER_GROUP_INDEXES.group);
    expect(fromCounts).toBe(false);
    expect(count).toContain(USER_GROUP_INDEXES.group);
    expect(`${page}\n${count}`).not.toContain('Seq Scan on roster_users');
  });
});
