import { RosterError, type RosterStores } from '@roster/core';
import { createMemoryStores } from '@roster/memory';

/**
 * The one seam between the host and its database: `DATABASE_URL` → Roster's stores.
 * `memory` keeps everything in this process (gone at exit). SQLite, PostgreSQL and MariaDB
 * (through @roster/mikro-orm) plug in here.
 */
export async function createStores(databaseUrl: string): Promise<RosterStores> {
  if (databaseUrl === 'memory') return createMemoryStores();
  throw new RosterError('VALIDATION_FAILED', `DATABASE_URL: unsupported database "${schemeOf(databaseUrl)}" (supported: memory)`);
}

/** Only the scheme: a database URL may carry a password. */
function schemeOf(databaseUrl: string): string {
  const colon = databaseUrl.indexOf(':');
  return colon < 0 ? databaseUrl : databaseUrl.slice(0, colon);
}
