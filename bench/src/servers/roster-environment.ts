import { createRoster, type PasswordHasher, type Roster, type RosterStores, type Tenant } from '@roster/core';
import { createMikroOrmStores } from '@roster/mikro-orm';
import { seedThroughStores } from '../db/store-seeder';
import { BENCH_TENANT, benchBootstrapFile } from './bench-fixture';
import { FastPasswordHasher } from './fast-password-hasher';
import { quietLogger } from './quiet-logger';
import type { HasherKind, StoreSpec } from './server-spec';

/** A Roster over the benchmark's store, and the bench tenant it serves. */
export interface RosterEnvironment {
  readonly stores: RosterStores;
  readonly roster: Roster;
  readonly tenant: Tenant;
  /** The hasher Roster uses, for baselines that must do the same work. */
  readonly hasher: PasswordHasher | undefined;
  close(): Promise<void>;
}

export function hasherFor(kind: HasherKind): PasswordHasher | undefined {
  // undefined: the core's default (Argon2PasswordHasher with its OWASP parameters).
  return kind === 'fast' ? new FastPasswordHasher() : undefined;
}

export async function openStores(store: StoreSpec): Promise<RosterStores> {
  if (store.kind === 'memory') {
    const { createMemoryStores } = await import('@roster/memory');
    return createMemoryStores();
  }
  // The orchestrator migrated the database once (migrateRosterSchema); servers only open it.
  return createMikroOrmStores({ url: store.url, migrate: false });
}

/**
 * Opens the store and a Roster over it. A memory store starts empty, so it is bootstrapped and
 * seeded here; a PostgreSQL database was prepared once by the orchestrator.
 */
export async function openEnvironment(
  store: StoreSpec,
  hasherKind: HasherKind,
  wrap: (stores: RosterStores) => RosterStores = (stores) => stores,
): Promise<RosterEnvironment> {
  const stores = wrap(await openStores(store));
  const hasher = hasherFor(hasherKind);
  const roster = createRoster({ stores, logger: quietLogger, ...(hasher === undefined ? {} : { passwordHasher: hasher }) });
  if (store.kind === 'memory') await roster.bootstrap.load(benchBootstrapFile());
  const tenant = await roster.tenants.findByName(BENCH_TENANT.name);
  if (tenant === null) throw new Error(`no tenant "${BENCH_TENANT.name}": the database was not prepared`);
  if (store.kind === 'memory') await seedThroughStores(stores, tenant, store.seedUsers);
  return { stores, roster, tenant, hasher, close: () => roster.close() };
}
