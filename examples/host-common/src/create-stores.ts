import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { RosterError, type RosterStores } from '@roster/core';
import { createMemoryStores } from '@roster/memory';
import { createMikroOrmStores, parseDatabaseUrl } from '@roster/mikro-orm';
import { schemeOf, sqliteFileOf } from './database-url';

const SUPPORTED = 'memory, sqlite:<path>, sqlite::memory:, postgres://…, postgresql://…, mysql://…, mariadb://…';

/**
 * The one seam between the example hosts and their database: `DATABASE_URL` → Roster's stores.
 * `memory` keeps everything in this process (gone at exit); `sqlite:<path>` (its directory is
 * created), `postgres://…`/`postgresql://…` and `mysql://…`/`mariadb://…` open a MikroORM instance
 * of Roster's own and apply Roster's migrations before the host serves. The stores' `close()`
 * (called by `roster.close()`) closes that instance.
 */
export async function createStores(databaseUrl: string): Promise<RosterStores> {
  if (databaseUrl === 'memory') return createMemoryStores();
  try {
    parseDatabaseUrl(databaseUrl);
  } catch {
    // Only the scheme: a database URL may carry a password.
    throw new RosterError(
      'CONFIGURATION_INVALID',
      `DATABASE_URL: unsupported database "${schemeOf(databaseUrl)}" (supported: ${SUPPORTED})`,
    );
  }
  const file = sqliteFileOf(databaseUrl);
  if (file !== null && file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  return createMikroOrmStores({ url: databaseUrl });
}
