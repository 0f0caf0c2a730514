import { createRoster } from '@roster/core';
import { BENCH_TENANT, benchBootstrapFile } from '../servers/bench-fixture';
import { quietLogger } from '../servers/quiet-logger';
import { hasherFor, openStores } from '../servers/roster-environment';
import type { HasherKind, StoreSpec } from '../servers/server-spec';
import { dropDatabase, recreateDatabase, withDatabase } from './postgres-admin';
import { migrateRosterSchema } from './roster-schema';
import { seedRosterUsersSql } from './roster-sql-seeder';

export interface PrepareOptions {
  readonly hasher: HasherKind;
  readonly users: number;
}

export interface PreparedStore {
  readonly spec: StoreSpec;
  /** How long seeding the users took (null when each server seeds its own memory store). */
  readonly seedSeconds: number | null;
}

/** Makes a store with the bench tenant and `users` seeded users, for the servers to open. */
export interface StorePreparer {
  readonly kind: StoreSpec['kind'];
  prepare(database: string, options: PrepareOptions): Promise<PreparedStore>;
  /** Drops what `prepare` made. */
  cleanup(): Promise<void>;
}

export const memoryPreparer: StorePreparer = {
  kind: 'memory',
  prepare: (_database, options) => Promise.resolve({ spec: { kind: 'memory', seedUsers: options.users }, seedSeconds: null }),
  cleanup: () => Promise.resolve(),
};

/**
 * PostgreSQL: a fresh database per call, Roster's schema from @roster/mikro-orm's migrations,
 * the bench tenant loaded through Roster's bootstrap (with the hasher the servers will use,
 * since the iSpring admin signs in with its password), then the users seeded in SQL.
 */
export function postgresPreparer(): StorePreparer {
  const made = new Set<string>();
  return {
    kind: 'postgres',
    async prepare(database, options) {
      const url = await recreateDatabase(database);
      made.add(database);
      await migrateRosterSchema(url);
      const stores = await openStores({ kind: 'postgres', url });
      const hasher = hasherFor(options.hasher);
      const roster = createRoster({ stores, logger: quietLogger, ...(hasher === undefined ? {} : { passwordHasher: hasher }) });
      await roster.bootstrap.load(benchBootstrapFile());
      const tenant = await roster.tenants.findByName(BENCH_TENANT.name);
      await roster.close();
      if (tenant === null) throw new Error('the bootstrap made no bench tenant');
      const started = process.hrtime.bigint();
      await withDatabase(database, (client) =>
        seedRosterUsersSql(client, {
          tenantId: tenant.id,
          count: options.users,
          defaultPermissions: tenant.defaultPermissions,
          organizationId: tenant.rootOrganizationId,
        }),
      );
      const seedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      return { spec: { kind: 'postgres', url }, seedSeconds };
    },
    async cleanup() {
      for (const database of made) await dropDatabase(database);
      made.clear();
    },
  };
}
