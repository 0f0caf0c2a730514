import { driverPackageName, mikroOrmMajor } from './mikro-orm-compat';
import { openRosterOrm } from './open-roster-orm';
import { sqlDialectOf } from './sql-dialect';

/** The MikroORM major this jest project means to test (jest.config.js `globals`). */
const EXPECTED_MAJOR = (globalThis as { MIKRO_ORM_MAJOR?: number }).MIKRO_ORM_MAJOR ?? 6;

describe(`the MikroORM compat layer on MikroORM ${EXPECTED_MAJOR}`, () => {
  it('runs on the major this jest project names, on a Node that major supports', () => {
    expect(mikroOrmMajor()).toBe(EXPECTED_MAJOR);
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    if (EXPECTED_MAJOR === 7) expect(major > 22 || (major === 22 && minor >= 17)).toBe(true);
  });

  it('names the SQLite driver package of that major', () => {
    expect(driverPackageName('sqlite')).toBe(EXPECTED_MAJOR === 6 ? '@mikro-orm/better-sqlite' : '@mikro-orm/libsql');
    expect(driverPackageName('postgresql')).toBe('@mikro-orm/postgresql');
    expect(driverPackageName('mysql')).toBe('@mikro-orm/mariadb');
  });

  it('opens a SQLite file in write-ahead-log mode and reads its dialect', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'roster-compat-'));
    const orm = await openRosterOrm({ url: `sqlite:${join(dir, 'roster.db')}` });
    try {
      expect(sqlDialectOf(orm.em)).toBe('sqlite');
      const rows = (await orm.em.getConnection().execute('pragma journal_mode')) as { journal_mode: string }[];
      expect(rows).toEqual([{ journal_mode: 'wal' }]);
    } finally {
      await orm.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
