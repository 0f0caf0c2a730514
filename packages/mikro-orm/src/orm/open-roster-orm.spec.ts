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
