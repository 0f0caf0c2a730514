import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import express4 from 'express4';
import type { PasswordHasher } from '@roster/core';
import {
  conformanceBootstrap,
  fastFakeHasher,
  quietHostLogger,
  type ConformanceSuiteName,
  type StartConformanceHost,
} from '@roster/testing';
import { startHost, type ExpressModule } from '../../examples/express-host/src/host';
import { createTestDatabase, type TestDatabase } from '../../packages/mikro-orm/src/test-support/test-databases';

/** The database under a conformance host: memory, or a fresh SQLite file or PostgreSQL database per host start. */
export type HostDatabase = 'memory' | 'sqlite' | 'postgresql';

export interface ExpressHostVariant {
  readonly express: ExpressModule;
  readonly database: HostDatabase;
  /** Absent: the example's own (argon2id, ~40 ms a hash). */
  readonly passwordHasher?: PasswordHasher;
  /** Absent: every conformance suite (see test/README.md for which host runs what). */
  readonly suites?: readonly ConformanceSuiteName[];
}

/**
 * What a SQL host runs when Express 5 already runs every suite on the same database (the NestJS
 * SQL hosts): the suites whose answers lean on the store most (rest-v1's lists, cursors and
 * counts; the rules across dialects on one store) and the real clients' requests (profile fields
 * with unique values, upserts; they must work on every host and database a user runs). The other
 * suites' cells are the dialects' wire, which the store does not change.
 */
export const STORE_SUITES: readonly ConformanceSuiteName[] = ['rest-v1', 'common', 'clients'];

/**
 * SQLite under Express 5, beside PostgreSQL running every suite over the same MikroORM stores: the
 * store-heavy suites, and admin and SCIM, whose imports, webhooks, audit trail, groups and filters
 * lean on the store too. courselit's, iSpring's and objective's answers are their wire, which
 * PostgreSQL and memory run; SQLite's own SQL (LIKE, collation, locking) is the store contract's.
 */
export const SQLITE_SUITES: readonly ConformanceSuiteName[] = [...STORE_SUITES, 'admin', 'scim'];

/**
 * The example host as it ships (argon2id) on memory under Express 5; Express 4 on memory, and
 * Express 5 on the SQL databases the example defaults to (SQLite) and runs in production
 * (PostgreSQL). Only the first is the hasher's cell: the others test the adapter or the stores
 * behind the wire and use the testing package's fast hasher (argon2id costs ~40 ms a hash, and
 * every host start hashes the bootstrap's passwords). This file is where each dialect's wire meets
 * memory and a SQL database (PostgreSQL: every suite; SQLite: SQLITE_SUITES; the NestJS hosts, which
 * repeat the same stores, run the store-heavy suites only). The matrix and its reasons: test/README.md.
 */
const ALL_EXPRESS_HOSTS: readonly (readonly [string, ExpressHostVariant])[] = [
  ['Express 5', { express, database: 'memory' }],
  ['Express 4', { express: express4, database: 'memory', passwordHasher: fastFakeHasher() }],
  ['Express 5 on SQLite', { express, database: 'sqlite', passwordHasher: fastFakeHasher(), suites: SQLITE_SUITES }],
  ['Express 5 on PostgreSQL', { express, database: 'postgresql', passwordHasher: fastFakeHasher() }],
];

/**
 * The MikroORM major of the jest project (jest.config.js `globals`): 7 runs only the SQL hosts
 * again, with the store-heavy suites: MikroORM 7's stores are proven in full by the store contract
 * suite on that major, and the other suites' answers are the dialects' wire, which MikroORM 6 runs.
 */
const MIKRO_ORM_MAJOR = (globalThis as { MIKRO_ORM_MAJOR?: number }).MIKRO_ORM_MAJOR ?? 6;

/**
 * The jest project for the Node 22 cells of what Node 20 runs (jest.config.js `node22`): Express 4
 * (Express 5 on Node 22 is the mikro-orm-7 project's), on memory and on the fast hasher, since the
 * cell is the adapter on that Node, not the store or argon2.
 */
export const NODE22_CELLS = (globalThis as { NODE22_CELLS?: boolean }).NODE22_CELLS === true;

function hostsOfThisProject(): readonly (readonly [string, ExpressHostVariant])[] {
  if (NODE22_CELLS) return [['Express 4 on Node 22', { express: express4, database: 'memory', passwordHasher: fastFakeHasher() }]];
  if (MIKRO_ORM_MAJOR === 6) return ALL_EXPRESS_HOSTS;
  return ALL_EXPRESS_HOSTS.filter(([, variant]) => variant.database !== 'memory').map(
    ([name, variant]) => [`${name} (MikroORM ${MIKRO_ORM_MAJOR})`, { ...variant, suites: STORE_SUITES }] as const,
  );
}

/**
 * This project's hosts, in two files so that jest's two workers share them and each worker starts
 * afresh between the two (a worker's heap grows over a file's host starts): the hosts on memory
 * (express-host.e2e-spec.ts) and those on a SQL database (express-host-sql.e2e-spec.ts).
 */
const EXPRESS_HOSTS = hostsOfThisProject();
export const EXPRESS_MEMORY_HOSTS = EXPRESS_HOSTS.filter(([, variant]) => variant.database === 'memory');
export const EXPRESS_SQL_HOSTS = EXPRESS_HOSTS.filter(([, variant]) => variant.database !== 'memory');

function sqliteFile(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'roster-conformance-'));
  return { url: `sqlite:${join(dir, 'roster.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A fresh database for one host start: memory, a new SQLite file, or a new PostgreSQL database
 * (created on the test server, dropped when the host closes; an unreachable server fails the
 * tests, never skips them).
 */
export async function freshDatabase(database: HostDatabase): Promise<TestDatabase> {
  if (database === 'memory') return { url: 'memory', drop: async () => undefined };
  if (database === 'sqlite') return sqliteFile();
  return createTestDatabase('postgresql');
}

export function startExpressHost(name: string, variant: ExpressHostVariant): StartConformanceHost {
  return async (options = {}) => {
    const database = await freshDatabase(variant.database);
    try {
      const host = await startHost({
        port: 0,
        bootstrap: conformanceBootstrap,
        databaseUrl: database.url,
        express: variant.express,
        courselitUpsert: options.courselitUpsert === true,
        operatorToken: options.operatorToken ?? null,
        webhooksAllowLoopback: options.webhooksAllowLoopback === true,
        // Deliveries within a tenth of a second, so the webhook cases wait little for the worker.
        webhookDelivery: { pollIntervalMs: 100 },
        logger: quietHostLogger(),
        ...(variant.passwordHasher ? { passwordHasher: variant.passwordHasher } : {}),
      });
      return {
        name,
        baseUrl: host.baseUrl,
        close: async () => {
          try {
            await host.close();
          } finally {
            await database.drop();
          }
        },
      };
    } catch (error) {
      await database.drop();
      throw error;
    }
  };
}
