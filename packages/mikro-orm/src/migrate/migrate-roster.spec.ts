import type { MikroORM } from '@mikro-orm/core';
import { rosterMigrations } from '../migrations';
import { openRosterOrm } from '../orm/open-roster-orm';
import { DIALECT_TARGETS } from '../test-support/dialect-targets';
import type { TestDatabase } from '../test-support/test-databases';
import { migrateRoster, ROSTER_MIGRATIONS_TABLE } from './migrate-roster';

jest.setTimeout(60_000);

const ALL = rosterMigrations.map((migration) => migration.name);
const ROSTER_TABLES = [
  'roster_api_keys',
  'roster_groups',
  'roster_idempotency_keys',
  'roster_migrations',
  'roster_organizations',
  'roster_tenant_counters',
  'roster_tenant_hosts',
  'roster_tenants',
  'roster_user_counts',
  'roster_user_groups',
  'roster_users',
];

describe.each(DIALECT_TARGETS)('migrateRoster on $name', (target) => {
  let database: TestDatabase;
  const opened: MikroORM[] = [];
  const open = async (): Promise<MikroORM> => {
    const orm = await openRosterOrm({ url: database.url });
    opened.push(orm);
    return orm;
  };
  const tables = async (orm: MikroORM): Promise<string[]> => {
    const present = await Promise.all(
      ROSTER_TABLES.map(async (table) => {
        try {
          await orm.em.getConnection().execute(`select count(*) as n from ${table}`);
          return table;
        } catch {
          return null;
        }
      }),
    );
    return present.filter((table): table is string => table !== null);
  };

  beforeEach(async () => {
    database = await target.create();
  });

  afterEach(async () => {
    for (const orm of opened.splice(0)) await orm.close();
    await database.drop();
  });

  it('creates every table on an empty database, then has nothing left to do', async () => {
    const orm = await open();
    expect(await tables(orm)).toEqual([]);

    expect(await migrateRoster(orm)).toEqual({ applied: ALL });
    expect(await tables(orm)).toEqual(ROSTER_TABLES);
    expect(await migrateRoster(orm)).toEqual({ applied: [] });

    const recorded = (await orm.em.getConnection().execute(`select name from ${ROSTER_MIGRATIONS_TABLE}`)) as { name: string }[];
    expect(recorded.map((row) => row.name)).toEqual(ALL);
  });

  it("leaves nothing for a host's schema diff to change (migrations and entity schemas agree)", async () => {
    const orm = await open();
    await migrateRoster(orm);
    expect(await orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
  });

  it('keeps the tables a host already created with the schema generator', async () => {
    const orm = await open();
    await orm.schema.createSchema();
    expect(await migrateRoster(orm)).toEqual({ applied: ALL });
    expect(await orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
  });

  it('applies once when several instances migrate at the same time', async () => {
    // SQLite: one process, one connection (its migrations serialize on it); servers: one ORM each.
    const first = await open();
    const orms = target.dialect === 'sqlite' ? [first, first, first] : [first, await open(), await open()];
    const results = await Promise.all(orms.map((orm) => migrateRoster(orm)));

    expect(results.flatMap((result) => result.applied)).toEqual(ALL);
    expect(await tables(first)).toEqual(ROSTER_TABLES);
  });
});
