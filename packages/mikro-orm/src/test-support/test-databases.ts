import type { MikroORM } from '@mikro-orm/core';
import { openRosterOrm } from '../orm/open-roster-orm';
import { sweepOnce } from './stale-test-databases';
import { testDatabaseName } from './test-database-names';

/** The database servers the tests use; override with ROSTER_TEST_POSTGRES_URL / ROSTER_TEST_MARIADB_URL. */
export const SERVER_URLS = {
  postgresql: process.env.ROSTER_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  mysql: process.env.ROSTER_TEST_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306/test',
} as const;

export type ServerKind = keyof typeof SERVER_URLS;

/** A database of its own for one test file, created on a server and dropped afterwards. */
export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(orm: MikroORM, sql: string): Promise<void> {
  await orm.em.getConnection().execute(sql, [], 'run');
}

/**
 * Creates `roster_test_<time>_<pid>_<random>` (test-database-names.ts) on the server, so that
 * concurrent runs on one server never share a database. Throws (so the tests fail, never skip)
 * when the server cannot be reached. The first call in a process also drops what crashed runs
 * left behind (stale-test-databases.ts).
 */
export async function createTestDatabase(kind: ServerKind): Promise<TestDatabase> {
  const name = testDatabaseName('roster_test_');
  const admin = await openRosterOrm({ url: SERVER_URLS[kind], pool: { min: 0, max: 1 } });
  try {
    await sweepOnce(admin, kind);
    await adminQuery(admin, kind === 'postgresql' ? `create database "${name}"` : `create database \`${name}\``);
  } catch (error) {
    await admin.close();
    throw error;
  }
  return {
    url: withDatabase(SERVER_URLS[kind], name),
    drop: async () => {
      try {
        await adminQuery(
          admin,
          kind === 'postgresql' ? `drop database if exists "${name}" with (force)` : `drop database if exists \`${name}\``,
        );
      } finally {
        await admin.close();
      }
    },
  };
}
