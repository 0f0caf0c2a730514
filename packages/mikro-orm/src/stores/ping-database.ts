import { executeSql } from '../orm/mikro-orm-compat';
import { guarded, type RosterEntityManager } from './store-context';

/** The readiness probe: one `select 1` on a fresh fork, outside any transaction; failures as STORE_UNAVAILABLE. */
export async function pingDatabase(base: RosterEntityManager): Promise<void> {
  await guarded(() => executeSql(base.fork({ clear: true }), 'select 1 as ok'));
}
