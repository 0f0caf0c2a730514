import type { MikroORM } from '@mikro-orm/core';
import { openRosterOrm } from '@roster/mikro-orm';
import { testDatabaseName } from '../../packages/mikro-orm/src/test-support/test-database-names';

/** The PostgreSQL server the fault test uses (CI starts it); ROSTER_TEST_POSTGRES_URL overrides. */
export const POSTGRES_URL = process.env['ROSTER_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * A database of the fault test's own on the shared server, and the levers that take it away
 * from its clients without touching the server (other tests share it): kill their connections,
 * refuse new ones, allow them again.
 */
export interface FaultDatabase {
  readonly name: string;
  readonly url: string;
  /** Ends every connection to this database but the admin's own (`pg_terminate_backend`). */
  killConnections(): Promise<number>;
  /** Waits (at most `ms`) until a client of this database sits in `pg_sleep`, i.e. inside a slowed transaction. */
  waitForSleeper(ms: number): Promise<boolean>;
  /** `ALLOW_CONNECTIONS false`, then kills what is connected: the database is down for its clients. */
  refuseConnections(): Promise<void>;
  allowConnections(): Promise<void>;
  drop(): Promise<void>;
}

const rows = async <T>(orm: MikroORM, sql: string): Promise<T[]> => (await orm.em.getConnection().execute(sql, [], 'all')) as T[];

/** Creates `roster_fault_<time>_<pid>_<random>` (unique per run; dated, so a crashed run's is swept later). Rejects (so the test fails, never skips) when PostgreSQL cannot be reached. */
export async function createFaultDatabase(): Promise<FaultDatabase> {
  const name = testDatabaseName('roster_fault_');
  const admin = await openRosterOrm({ url: POSTGRES_URL, pool: { min: 0, max: 1 } });
  try {
    await rows(admin, `create database "${name}"`);
  } catch (error) {
    await admin.close();
    throw error;
  }
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const killConnections = async () =>
    (
      await rows<{ pid: number }>(
        admin,
        `select pg_terminate_backend(pid) as pid from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`,
      )
    ).length;
  const sleepers = async () =>
    (await rows<{ pid: number }>(admin, `select pid from pg_stat_activity where datname = '${name}' and wait_event = 'PgSleep'`)).length;
  return {
    name,
    url: url.toString(),
    killConnections,
    waitForSleeper: async (ms) => {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        if ((await sleepers()) > 0) return true;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return false;
    },
    refuseConnections: async () => {
      await rows(admin, `alter database "${name}" allow_connections false`);
      await killConnections();
    },
    allowConnections: async () => {
      await rows(admin, `alter database "${name}" allow_connections true`);
    },
    drop: async () => {
      try {
        await rows(admin, `alter database "${name}" allow_connections true`);
        await rows(admin, `drop database if exists "${name}" with (force)`);
      } finally {
        await admin.close();
      }
    },
  };
}
