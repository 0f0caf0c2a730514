import { RosterError } from '@roster/core';
import type { SqlDialect } from './sql-dialect';

/** Where a standalone store connects: SQLite by file name, the servers by URL. */
export type DatabaseTarget =
  { readonly dialect: 'sqlite'; readonly dbName: string } | { readonly dialect: Exclude<SqlDialect, 'sqlite'>; readonly clientUrl: string };

/**
 * Reads a database URL: `sqlite:<path>` or `sqlite::memory:` (also `sqlite://<path>`),
 * `postgres://…` / `postgresql://…`, `mysql://…` / `mariadb://…` (both through the MariaDB driver).
 */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'sqlite' || scheme === 'sqlite3' || scheme === 'file') {
    const dbName = trimmed.slice(scheme.length + 1).replace(/^\/\//, '');
    if (dbName === '') throw invalid(url, 'a SQLite URL needs a file name or :memory:');
    return { dialect: 'sqlite', dbName };
  }
  if (scheme === 'postgres' || scheme === 'postgresql') return { dialect: 'postgresql', clientUrl: trimmed };
  if (scheme === 'mysql' || scheme === 'mariadb') {
    return { dialect: 'mysql', clientUrl: `mysql:${trimmed.slice(scheme.length + 1)}` };
  }
  throw invalid(url, 'use sqlite:<path>, sqlite::memory:, postgres://…, mysql://… or mariadb://…');
}

function invalid(url: string, hint: string): RosterError {
  const shown = url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
  return new RosterError('CONFIGURATION_INVALID', `unsupported database URL "${shown}": ${hint}`, {
    issues: [{ field: 'url', message: hint }],
  });
}
