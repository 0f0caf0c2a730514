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

/**
 * SQLite in memory: one database for the test file (migrated once), every test starting from
 * emptied tables, as on the servers; the raw reader shares its only connection.
 */
export function sqliteMemorySetup(): StoreContractSetup {
  let stores: MikroOrmStores | undefined;
  beforeAll(async () => {
    stores = await createMikroOrmStores({ url: 'sqlite::memory:' });
  });
  afterAll(async () => {
    await stores?.close();
  });
  return async () => {
    const orm = stores?.orm;
    if (!stores || !orm) throw new RosterError('STORE_UNAVAILABLE', 'the SQLite test database was not opened');
    await emptyTables(orm);
    return { stores: { ...stores, close: async () => undefined }, raw: rawReader(orm), teardown: async () => undefined };
  };
}

/**
 * SQLite in a file: one file for the test file (migrated once), read back through a second
 * connection; every test starts from emptied tables. Migrating per test cost most of this suite.
 */
export function sqliteFileSetup(): StoreContractSetup {
  let dir: string | undefined;
  let stores: MikroOrmStores | undefined;
  let raw: Awaited<ReturnType<typeof openRosterOrm>> | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'roster-sqlite-'));
    const url = `sqlite:${join(dir, 'roster.db')}`;
    stores = await createMikroOrmStores({ url });
    raw = await openRosterOrm({ url });
  });
  afterAll(async () => {
    await stores?.close();
    await raw?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return async () => {
    if (!stores || !raw) throw new RosterError('STORE_UNAVAILABLE', 'the SQLite test file was not opened');
    await emptyTables(raw);
    return { stores: { ...stores, close: async () => undefined }, raw: rawReader(raw), teardown: async () => undefined };
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
