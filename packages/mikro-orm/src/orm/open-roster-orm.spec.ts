import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRosterOrm } from './open-roster-orm';

async function journalMode(url: string): Promise<string> {
  const orm = await openRosterOrm({ url });
  try {
    const rows = (await orm.em.getConnection().execute('pragma journal_mode')) as { journal_mode: string }[];
    return rows[0]?.journal_mode ?? '';
  } finally {
    await orm.close();
  }
}

describe('openRosterOrm on SQLite', () => {
  it('puts a database file in write-ahead-log mode', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roster-wal-'));
    try {
      expect(await journalMode(`sqlite:${join(dir, 'roster.db')}`)).toBe('wal');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps an in-memory database in memory', async () => {
    expect(await journalMode('sqlite::memory:')).toBe('memory');
  });
});

describe('openRosterOrm without the driver package', () => {
  afterEach(() => {
    jest.dontMock('@mikro-orm/mariadb');
  });

  it('names the package to install (the drivers are optional peers), without the URL', async () => {
    jest.doMock('@mikro-orm/mariadb', () => {
      throw Object.assign(new Error("Cannot find module '@mikro-orm/mariadb'"), { code: 'MODULE_NOT_FOUND' });
    });
    const refused = openRosterOrm({ url: 'mariadb://root:s3cret@127.0.0.1/none' });
    await expect(refused).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('needs the package @mikro-orm/mariadb'),
    });
    await expect(refused).rejects.not.toThrow(/s3cret/);
  });
});
