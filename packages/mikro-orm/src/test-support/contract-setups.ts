import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RosterError } from '@roster/core';
import type { StoreContractSetup } from '@roster/testing';
import { createMikroOrmStores, type MikroOrmStores } from '../create-mikro-orm-stores';
import { openRosterOrm } from '../orm/open-roster-orm';
import { rawReader } from './raw-reader';
import { emptyTables } from './seed';
import { createTestDatabase, type ServerKind, type TestDatabase } from './test-databases';

/** SQLite in memory: a new database per test; the raw reader shares its only connection. */
export const sqliteMemorySetup: StoreContractSetup = async () => {
  const stores = await createMikroOrmStores({ url: 'sqlite::memory:' });
  const orm = stores.orm;
  if (!orm) throw new RosterError('INTERNAL', 'a standalone store has its ORM');
  return { stores, raw: rawReader(orm), teardown: () => stores.close() };
};

/** SQLite in a file: a new file per test, read back through a second connection. */
export function sqliteFileSetup(): StoreContractSetup {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roster-sqlite-'));
    const url = `sqlite:${join(dir, 'roster.db')}`;
    const stores = await createMikroOrmStores({ url });
    const rawOrm = await openRosterOrm({ url });
    return {
      stores,
      raw: rawReader(rawOrm),
      teardown: async () => {
        await stores.close();
        await rawOrm.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  };
}

/**
 * A server (PostgreSQL or MariaDB): one fresh database for the test file, created before and
 * dropped after it; every test starts from emptied tables. Unreachable server: the tests fail.
 */
export function serverSetup(kind: ServerKind): StoreContractSetup {
  let database: TestDatabase | undefined;
  let stores: MikroOrmStores | undefined;
  let raw: Awaited<ReturnType<typeof openRosterOrm>> | undefined;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    stores = await createMikroOrmStores({ url: database.url });
    raw = await openRosterOrm({ url: database.url, pool: { min: 0, max: 2 } });
  });

  afterAll(async () => {
    await stores?.close();
    await raw?.close();
    await database?.drop();
  });

  return async () => {
    if (!stores || !raw) throw new RosterError('STORE_UNAVAILABLE', `the ${kind} test database was not created`);
    await emptyTables(raw);
    return { stores: { ...stores, close: async () => undefined }, raw: rawReader(raw), teardown: async () => undefined };
  };
}
