#!/usr/bin/env node
import { RosterError } from '@roster/core';
import { migrateRoster } from '../migrate/migrate-roster';
import { openRosterOrm } from '../orm/open-roster-orm';

const USAGE = `usage: roster-migrate [<database-url>]
  Applies Roster's pending migrations. The URL (or ROSTER_DATABASE_URL, or DATABASE_URL) is one of
  sqlite:<path>, postgres://user:password@host:port/db, mysql://… or mariadb://…`;

/** Where the CLI writes; replaced in tests. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

const consoleOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * `roster-migrate [url]`: applies Roster's migrations and says which. Returns the exit code
 * (0 done, 1 failed, 2 misuse). Errors are reported by code and message only (never the URL's
 * password, never a stack).
 */
export async function main(
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
  output: CliOutput = consoleOutput,
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    output.out(USAGE);
    return 0;
  }
  const url = argv[0] ?? (env.ROSTER_DATABASE_URL || env.DATABASE_URL);
  if (!url || argv.length > 1) {
    output.err(USAGE);
    return 2;
  }
  try {
    const orm = await openRosterOrm({ url });
    try {
      const { applied } = await migrateRoster(orm);
      output.out(applied.length === 0 ? 'roster-migrate: up to date' : `roster-migrate: applied ${applied.join(', ')}`);
      return 0;
    } finally {
      await orm.close();
    }
  } catch (error) {
    const reason = RosterError.is(error) ? `${error.code}: ${error.message}` : 'INTERNAL: migration failed';
    output.err(`roster-migrate: ${reason}`);
    return 1;
  }
}

if (require.main === module) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
