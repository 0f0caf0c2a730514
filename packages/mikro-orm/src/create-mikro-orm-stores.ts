import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { RosterError, type RosterStores } from '@roster/core';
import { rosterEntities } from './entities';
import { migrateRoster } from './migrate/migrate-roster';
import { hasEntityNamed } from './orm/mikro-orm-compat';
import { openRosterOrm, type OpenRosterOrmOptions } from './orm/open-roster-orm';
import { sqlDialectOf } from './orm/sql-dialect';
import { MikroOrmApiKeyStore } from './stores/mikro-orm-api-key.store';
import { MikroOrmIdempotencyStore } from './stores/mikro-orm-idempotency.store';
import { MikroOrmAuditEventStore } from './stores/mikro-orm-audit-event.store';
import { MikroOrmImportJobStore } from './stores/mikro-orm-import-job.store';
import { MikroOrmTenantStore } from './stores/mikro-orm-tenant.store';
import { MikroOrmUnitOfWork } from './stores/mikro-orm-unit-of-work';
import { MikroOrmUserStore } from './stores/mikro-orm-user.store';
import { MikroOrmWebhookStore } from './stores/mikro-orm-webhook.store';
import { pingDatabase } from './stores/ping-database';
import { forkingContext } from './stores/store-context';

/** Standalone: Roster opens (and closes) a MikroORM instance of its own. */
export interface StandaloneStoreOptions extends OpenRosterOrmOptions {
  /** Apply Roster's migrations first (default true). */
  readonly migrate?: boolean;
}

/** Joins the host's MikroORM instance, whose config lists `rosterEntities`. */
export interface HostOrmStoreOptions {
  readonly orm: MikroORM;
  /** Apply Roster's migrations first (default false: the host migrates when it chooses). */
  readonly migrate?: boolean;
}

/** Joins the host's EntityManager (forked per operation, never used itself). */
export interface HostEmStoreOptions {
  readonly em: EntityManager;
}

export type MikroOrmStoreOptions = StandaloneStoreOptions | HostOrmStoreOptions | HostEmStoreOptions;

export interface MikroOrmStores extends RosterStores {
  /** The ORM the stores run on (undefined when built from a bare EntityManager). */
  readonly orm: MikroORM | undefined;
  /** Closes the ORM Roster opened itself; leaves a host's ORM open. */
  close(): Promise<void>;
}

function assertEntitiesKnown(em: EntityManager): void {
  const metadata = em.getMetadata();
  const missing = rosterEntities.filter((schema) => !hasEntityNamed(metadata, schema.meta.className));
  if (missing.length > 0) {
    throw new RosterError('INTERNAL', 'add `rosterEntities` from @roster/mikro-orm to the `entities` of your MikroORM config');
  }
}

/** The four stores over a base EntityManager that is forked for every operation. */
export function storesOnEntityManager(base: EntityManager): Omit<MikroOrmStores, 'orm' | 'close'> {
  sqlDialectOf(base);
  assertEntitiesKnown(base);
  const sql = base;
  const context = forkingContext(sql);
  return {
    users: new MikroOrmUserStore(context),
    tenants: new MikroOrmTenantStore(context),
    apiKeys: new MikroOrmApiKeyStore(context),
    idempotency: new MikroOrmIdempotencyStore(context),
    auditEvents: new MikroOrmAuditEventStore(context),
    importJobs: new MikroOrmImportJobStore(context),
    webhooks: new MikroOrmWebhookStore(context),
    unitOfWork: new MikroOrmUnitOfWork(() => sql.fork({ clear: true })),
    ping: () => pingDatabase(sql),
  };
}

/**
 * Roster's stores on MikroORM. `{ url }` opens an ORM of its own (`sqlite:<path>`,
 * `sqlite::memory:`, `postgres://…`, `mysql://…`, `mariadb://…`) and migrates it; `{ orm }` or
 * `{ em }` join the host's instance, which must list `rosterEntities`.
 */
export async function createMikroOrmStores(options: MikroOrmStoreOptions): Promise<MikroOrmStores> {
  if ('em' in options) {
    return { ...storesOnEntityManager(options.em), orm: undefined, close: () => Promise.resolve() };
  }
  if ('orm' in options) {
    const { orm } = options;
    const stores = storesOnEntityManager(orm.em);
    if (options.migrate === true) await migrateRoster(orm);
    return { ...stores, orm, close: () => Promise.resolve() };
  }
  const orm = await openRosterOrm(options);
  try {
    const stores = storesOnEntityManager(orm.em);
    if (options.migrate !== false) await migrateRoster(orm);
    return { ...stores, orm, close: () => orm.close() };
  } catch (error) {
    await orm.close();
    throw error;
  }
}
