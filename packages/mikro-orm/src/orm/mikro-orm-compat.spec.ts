import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { driverPackageNames, executeSql, mikroOrmMajor, sqlLayerOptions } from './mikro-orm-compat';
import { sqlDialectOf } from './sql-dialect';

/** The MikroORM major this jest project means to test (jest.config.js `globals`). */
const EXPECTED_MAJOR = (globalThis as { MIKRO_ORM_MAJOR?: number }).MIKRO_ORM_MAJOR ?? 6;

describe(`the MikroORM compat layer on MikroORM ${EXPECTED_MAJOR}`, () => {
  it('runs on the major this jest project names, on a Node that major supports', () => {
    expect(mikroOrmMajor()).toBe(EXPECTED_MAJOR);
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    if (EXPECTED_MAJOR === 7) expect(major > 22 || (major === 22 && minor >= 17)).toBe(true);
  });

  it('gives a new MariaDB connection 10 s to open on either major (the mariadb connector of 6 would give up after 1 s)', () => {
    const mysql = sqlLayerOptions(undefined, 'mysql').driverOptions as { connection?: { connectTimeout?: number } } | undefined;
    const postgres = sqlLayerOptions(undefined, 'postgresql').driverOptions as { connection?: unknown } | undefined;
    // MikroORM 7 talks to MariaDB through mysql2, whose own connectTimeout is 10 s.
    expect(mysql?.connection?.connectTimeout).toBe(EXPECTED_MAJOR === 6 ? 10_000 : undefined);
    expect(postgres?.connection).toBeUndefined();
  });

  it('names the SQLite driver packages of that major, preferred first', () => {
    expect(driverPackageNames('sqlite')).toEqual(
      EXPECTED_MAJOR === 6 ? ['@mikro-orm/better-sqlite', '@mikro-orm/libsql'] : ['@mikro-orm/libsql'],
    );
    expect(driverPackageNames('postgresql')).toEqual(['@mikro-orm/postgresql']);
    expect(driverPackageNames('mysql')).toEqual(['@mikro-orm/mariadb']);
  });

  it('opens a SQLite file in write-ahead-log mode with the preferred driver and reads its dialect', async () => {
    await expectWalSqliteFile(EXPECTED_MAJOR === 6 ? 'BetterSqliteDriver' : 'LibSqlDriver');
  }, 30_000);

  it('runs raw SQL the same way: ? placeholders, rows, first row, affected rows, UPDATE … RETURNING in a transaction', async () => {
    const { openRosterOrm: open } = jest.requireActual<typeof import('./open-roster-orm')>('./open-roster-orm');
    const orm = await open({ url: 'sqlite::memory:' });
    try {
      const em = orm.em.fork();
      await executeSql(em, 'create table compat_probe (id integer primary key, n integer not null)', [], 'run');
      await executeSql(em, 'insert into compat_probe (id, n) values (?, ?), (?, ?)', [1, 10, 2, 20], 'run');
      expect(await executeSql<{ id: number; n: number }>(em, 'select id, n from compat_probe where n > ? order by id', [5])).toEqual([
        { id: 1, n: 10 },
        { id: 2, n: 20 },
      ]);
      expect(await executeSql<{ n: number }>(em, 'select n from compat_probe where id = ?', [2], 'get')).toEqual({ n: 20 });
      expect(await executeSql(em, 'update compat_probe set n = n + 1 where id = ?', [1], 'run')).toMatchObject({ affectedRows: 1 });
      const returned = await em.transactional((tx) =>
        executeSql<{ n: number }>(tx, 'update compat_probe set n = n + 1 where id = ? returning n', [2]),
      );
      expect(returned).toEqual([{ n: 21 }]);
      expect(await executeSql(em, 'select count(*) as c from compat_probe where n = ?', ["it's 11"])).toEqual([{ c: 0 }]);
    } finally {
      await orm.close();
    }
  }, 30_000);

  if (EXPECTED_MAJOR === 6) {
    describe('without @mikro-orm/better-sqlite', () => {
      beforeEach(() => {
        jest.resetModules();
        jest.doMock('@mikro-orm/better-sqlite', () => {
          throw Object.assign(new Error("Cannot find module '@mikro-orm/better-sqlite'"), { code: 'MODULE_NOT_FOUND' });
        });
      });
      afterEach(() => jest.dontMock('@mikro-orm/better-sqlite'));

      it('opens the SQLite file with @mikro-orm/libsql, in write-ahead-log mode too', async () => {
        await expectWalSqliteFile('LibSqlDriver');
      }, 30_000);
    });
  }
});

/** Opens a fresh SQLite file through `openRosterOrm` (loaded anew, so module mocks apply) and checks it. */
async function expectWalSqliteFile(driverClass: string): Promise<void> {
  const { openRosterOrm: open } = jest.requireActual<typeof import('./open-roster-orm')>('./open-roster-orm');
  const dir = mkdtempSync(join(tmpdir(), 'roster-compat-'));
  const orm = await open({ url: `sqlite:${join(dir, 'roster.db')}` });
  try {
    expect(orm.em.getDriver().constructor.name).toBe(driverClass);
    expect(sqlDialectOf(orm.em)).toBe('sqlite');
    const rows = (await orm.em.getConnection().execute('pragma journal_mode')) as { journal_mode: string }[];
    expect(rows).toEqual([{ journal_mode: 'wal' }]);
  } finally {
    await orm.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
