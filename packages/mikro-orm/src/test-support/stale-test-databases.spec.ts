import type { MikroORM } from '@mikro-orm/core';
import { openRosterOrm } from '../orm/open-roster-orm';
import { dropStaleTestDatabases } from './stale-test-databases';
import { STALE_AFTER_MS, testDatabaseName } from './test-database-names';
import { SERVER_URLS } from './test-databases';

jest.setTimeout(60_000);

const quote = (kind: 'postgresql' | 'mysql', name: string) => (kind === 'postgresql' ? `"${name}"` : `\`${name}\``);

describe.each(['postgresql', 'mysql'] as const)('dropStaleTestDatabases (%s)', (kind) => {
  let admin: MikroORM;
  const exists = async (name: string) => {
    const sql =
      kind === 'postgresql'
        ? `select 1 from pg_database where datname = '${name}'`
        : `select 1 from information_schema.schemata where schema_name = '${name}'`;
    return ((await admin.em.getConnection().execute(sql, [], 'all')) as unknown[]).length > 0;
  };
  const create = (name: string) => admin.em.getConnection().execute(`create database ${quote(kind, name)}`, [], 'run');
  const drop = (name: string) => admin.em.getConnection().execute(`drop database if exists ${quote(kind, name)}`, [], 'run');

  beforeAll(async () => {
    admin = await openRosterOrm({ url: SERVER_URLS[kind], pool: { min: 0, max: 1 } });
  });
  afterAll(() => admin.close());

  it('drops a crashed run’s old database, keeps an old one in use and a fresh one', async () => {
    const now = Date.now();
    // "Crashed" a day ago, as far as the names tell; `now` below is real, so only these are old.
    const crashed = testDatabaseName('roster_test_', now - STALE_AFTER_MS - 86_400_000);
    const inUse = testDatabaseName('roster_fault_', now - STALE_AFTER_MS - 86_400_000);
    const fresh = testDatabaseName('roster_test_', now);
    for (const name of [crashed, inUse, fresh]) await create(name);
    const url = new URL(SERVER_URLS[kind]);
    url.pathname = `/${inUse}`;
    const user = await openRosterOrm({ url: url.toString(), pool: { min: 1, max: 1 } });
    try {
      await user.em.getConnection().execute('select 1');
      const dropped = await dropStaleTestDatabases(admin, kind, now);
      expect(dropped).toContain(crashed);
      expect(dropped).not.toContain(fresh);
      expect(await exists(crashed)).toBe(false);
      expect(await exists(inUse)).toBe(true);
      expect(await exists(fresh)).toBe(true);
    } finally {
      await user.close();
      for (const name of [crashed, inUse, fresh]) await drop(name);
    }
  });
});
