import type { MikroORM } from '@mikro-orm/core';
import { isStale, TEST_DATABASE_PREFIXES } from './test-database-names';

type Kind = 'postgresql' | 'mysql';

const rows = async (orm: MikroORM, sql: string): Promise<Record<string, unknown>[]> =>
  (await orm.em.getConnection().execute(sql, [], 'all')) as Record<string, unknown>[];

const LIST: Record<Kind, string> = {
  postgresql: `select datname as name from pg_database where ${TEST_DATABASE_PREFIXES.map((p) => `datname like '${p}%'`).join(' or ')}`,
  mysql: `select schema_name as name from information_schema.schemata where ${TEST_DATABASE_PREFIXES.map((p) => `schema_name like '${p}%'`).join(' or ')}`,
};

/** Drops `name` unless a client is connected to it (then it is in use: left alone). */
async function dropIfUnused(admin: MikroORM, kind: Kind, name: string): Promise<void> {
  if (kind === 'postgresql') {
    // Without FORCE, PostgreSQL itself refuses to drop a database someone is connected to.
    await rows(admin, `drop database if exists "${name}"`);
    return;
  }
  const [users] = await rows(admin, `select count(*) as n from information_schema.processlist where db = '${name}'`);
  if (Number(users?.['n']) === 0) await rows(admin, `drop database if exists \`${name}\``);
}

/**
 * Drops the test databases that crashed runs left behind: only names these helpers made, only
 * when older than STALE_AFTER_MS, never one with a client connected. Best effort: a database
 * that cannot be dropped now is left for a later run, and nothing here fails a test.
 */
export async function dropStaleTestDatabases(admin: MikroORM, kind: Kind, now = Date.now()): Promise<string[]> {
  const dropped: string[] = [];
  let names: string[];
  try {
    names = (await rows(admin, LIST[kind])).map((row) => String(row['name']));
  } catch {
    return dropped;
  }
  for (const name of names.filter((candidate) => isStale(candidate, now))) {
    try {
      await dropIfUnused(admin, kind, name);
      dropped.push(name);
    } catch {
      // in use, or being dropped by another run's sweep
    }
  }
  return dropped;
}

const swept = new Map<Kind, Promise<unknown>>();

/** Runs the sweep once per process and server kind (the first database a test file creates). */
export function sweepOnce(admin: MikroORM, kind: Kind): Promise<unknown> {
  let sweep = swept.get(kind);
  if (!sweep) {
    sweep = dropStaleTestDatabases(admin, kind);
    swept.set(kind, sweep);
  }
  return sweep;
}
