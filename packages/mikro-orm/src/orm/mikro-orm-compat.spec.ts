import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { driverPackageNames, mikroOrmMajor } from './mikro-orm-compat';
import { sqlDialectOf } from './sql-dialect';

/** The MikroORM major this jest project means to test (jest.config.js `globals`). */
const EXPECTED_MAJOR = (globalThis as { MIKRO_ORM_MAJOR?: number }).MIKRO_ORM_MAJOR ?? 6;

describe(`the MikroORM compat layer on MikroORM ${EXPECTED_MAJOR}`, () => {
  it('runs on the major this jest project names, on a Node that major supports', () => {
    expect(mikroOrmMajor()).toBe(EXPECTED_MAJOR);
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    if (EXPECTED_MAJOR === 7) expect(major > 22 || (major === 22 && minor >= 17)).toBe(true);
  });

  it('names the SQLite driver packages of that major, preferred first', () => {
    expect(driverPackageNames('sqlite')).toEqual(EXPECTED_MAJOR === 6 ? ['@mikro-orm/better-sqlite', '@mikro-orm/libsql'] : ['@mikro-orm/libsql']);
    expect(driverPackageNames('postgresql')).toEqual(['@mikro-orm/postgresql']);
    expect(driverPackageNames('mysql')).toEqual(['@mikro-orm/mariadb']);
  });

  it('opens a SQLite file in write-ahead-log mode with the preferred driver and reads its dialect', async () => {
    await expectWalSqliteFile(EXPECTED_MAJOR === 6 ? 'BetterSqliteDriver' : 'LibSqlDriver');
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
