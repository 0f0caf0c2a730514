import 'reflect-metadata';
import { createRoster, RosterError, type Logger, type Roster } from '@roster/core';
import { createMikroOrmStores, parseDatabaseUrl } from '@roster/mikro-orm';
import type { CliOutput } from './cli-output';
import { UsageError } from './cli-error';

/** The database URL: ROSTER_DATABASE_URL, else DATABASE_URL (as `roster-migrate` reads them). */
export function databaseUrlOf(env: NodeJS.ProcessEnv): string {
  const url = [env.ROSTER_DATABASE_URL, env.DATABASE_URL].find((value) => value !== undefined && value !== '');
  if (!url) throw new UsageError('set DATABASE_URL (or ROSTER_DATABASE_URL): sqlite:<path>, postgres://…, mysql://… or mariadb://…');
  try {
    parseDatabaseUrl(url);
  } catch {
    // Only the scheme: the URL may carry a password.
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1] ?? 'the value';
    throw new UsageError(`DATABASE_URL: unsupported database "${scheme}" (sqlite:<path>, postgres://…, mysql://…, mariadb://…)`);
  }
  return url;
}

/** Roster's log lines on stderr, so that stdout holds only results (`--json`). */
function stderrLogger(output: CliOutput): Logger {
  const line = (level: string, message: string) => {
    output.err(`roster: ${level}: ${message}`);
  };
  return {
    info: () => undefined,
    warn: (message) => {
      line('warn', message);
    },
    error: (message) => {
      line('error', message);
    },
  };
}

/**
 * A Roster on the database of the URL. Roster's pending migrations are applied first, as the
 * example hosts do at start (idempotent, under a lock): the CLI works on a fresh database, and
 * never writes into a schema older than its code. Nothing is cached (another process may change
 * the same rows between two commands).
 */
export async function openRoster(url: string, output: CliOutput): Promise<Roster> {
  const stores = await createMikroOrmStores({
    url,
    pool: { min: 0, max: 2 },
    driverLog: {
      warn: (message) => {
        output.err(`roster: ${message}`);
      },
      error: (message) => {
        output.err(`roster: ${message}`);
      },
    },
  });
  try {
    return createRoster({ stores, logger: stderrLogger(output), storeCacheSeconds: 0 });
  } catch (error) {
    await stores.close();
    throw error instanceof RosterError ? error : new RosterError('INTERNAL', 'Roster could not be created');
  }
}
