import { isAbsolute, resolve } from 'node:path';
import { parseDatabaseUrl } from '@roster/mikro-orm';

/** What `pnpm start` uses when DATABASE_URL is unset: a SQLite file, created on first start. */
export const DEFAULT_DATABASE_URL = 'sqlite:./data/roster.sqlite';

/** The SQLite file a URL names (`:memory:` included), or null for memory and the servers. */
export function sqliteFileOf(databaseUrl: string): string | null {
  if (databaseUrl === 'memory') return null;
  try {
    const target = parseDatabaseUrl(databaseUrl);
    return target.dialect === 'sqlite' ? target.dbName : null;
  } catch {
    return null; // createStores refuses it, naming only the scheme
  }
}

/**
 * `sqlite:<relative path>` made absolute against `baseDir` (the directory the command was started
 * in); every other URL unchanged.
 */
export function resolveDatabaseUrl(databaseUrl: string, baseDir: string): string {
  const file = sqliteFileOf(databaseUrl);
  if (file === null || file === ':memory:' || isAbsolute(file)) return databaseUrl;
  return `sqlite:${resolve(baseDir, file)}`;
}

/** The scheme of a URL, lower-cased (`postgres`, `sqlite`…), or the whole value when it has none. */
export function schemeOf(databaseUrl: string): string {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(databaseUrl.trim());
  return match?.[1]?.toLowerCase() ?? databaseUrl;
}

/**
 * The database for humans (the start banner): the kind, and the file or the host, port and
 * database name. Never the user name, the password or the query string of the URL.
 */
export function describeDatabase(databaseUrl: string): string {
  if (databaseUrl === 'memory') return 'memory (lost at exit)';
  const file = sqliteFileOf(databaseUrl);
  if (file === ':memory:') return 'SQLite in memory (lost at exit)';
  if (file !== null) return `SQLite ${file}`;
  const scheme = schemeOf(databaseUrl);
  try {
    const url = new URL(databaseUrl);
    // An unencoded `/`, `?` or `#` in the password moves the `@` (and the secret) past the host.
    if (`${url.pathname}${url.search}${url.hash}`.includes('@')) return scheme;
    return `${scheme}://${url.host}${url.pathname}`;
  } catch {
    return scheme;
  }
}
