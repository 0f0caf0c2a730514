import type { ImportJob, Roster } from '@roster/core';
import { DEMO_ADMIN_KEY, storeUnfinishedImport } from './unfinished-import';

/** What both example hosts' `main` answer, as far as resuming imports goes. */
export interface ResumingHost {
  readonly baseUrl: string;
  readonly roster: Roster;
  readonly resumedImports: readonly ImportJob[];
  close(): Promise<void>;
}

/**
 * The import-resume test of both example hosts' main.spec.ts, written once: a start on a fresh
 * database resumes nothing; an import a stopped process left `running` is resumed by the next
 * start, named in its output, and finished (read back over the admin API). `start` runs the host's
 * `main` on the database; `printed` gives what it logged (the spec's console spy). Every host it
 * starts is closed here.
 */
export function itResumesUnfinishedImports(
  start: (databaseUrl: string) => Promise<ResumingHost>,
  freshDatabaseUrl: () => string,
  printed: () => string[],
): void {
  it('resumes at start an import a stopped process left unfinished, and finishes it', async () => {
    const databaseUrl = freshDatabaseUrl();
    const first = await start(databaseUrl);
    try {
      expect(first.resumedImports).toEqual([]);
    } finally {
      await first.close();
    }
    const job = await storeUnfinishedImport(databaseUrl, ['resumed1@demo.example.com', 'resumed2@demo.example.com']);

    printed().length = 0;
    const host = await start(databaseUrl);
    try {
      expect(host.resumedImports.map((resumed) => resumed.id)).toEqual([job.id]);
      expect(printed()).toContain(`imports resumed after a restart: ${job.id}`);
      await host.roster.imports.settled();
      const answer = await fetch(`${host.baseUrl}/roster/v1/imports/${job.id}`, { headers: { authorization: `Bearer ${DEMO_ADMIN_KEY}` } });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ id: job.id, status: 'done', rows: 2, created: 2, failed: 0, mark: 2 });
    } finally {
      await host.close();
    }
  }, 60_000);
}
