import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { createRoster, hashApiKeySecret, type Tenant } from '@roster/core';
import { createMikroOrmStores, RosterApiKeySchema, RosterTenantSchema, RosterUserSchema, type MikroOrmStores } from '@roster/mikro-orm';
import { dropDatabase, recreateDatabase } from '../db/postgres-admin';
import { seedThroughStores } from '../db/store-seeder';
import { spreadOf } from '../harness/stats';
import { BENCH_TENANT, benchBootstrapFile } from '../servers/bench-fixture';
import { FastPasswordHasher } from '../servers/fast-password-hasher';
import { quietLogger } from '../servers/quiet-logger';

/**
 * What one hot read of the MikroORM store costs, against the same SQL sent raw on the same
 * connection (issue #11): per operation, N sequential calls of
 * - `store`: the store's port (what Roster calls),
 * - `findOne`: a fresh fork plus MikroORM's `findOne` with hydration (the store's path before the raw reads),
 * - `raw`: the store's SQL through `em.execute` (what `executeSql` calls) on one fork (for the
 *   tenant the two statements the store sent before its raw read joined them into one),
 * - `fork`: `em.fork({ clear: true })` alone, the price of a fresh identity map per call.
 * Figures are ratios against `raw` of the same operation, medians over rounds whose order rotates.
 *
 * Rerun: `pnpm --filter @roster/bench run micro:store` (env MICRO_N = calls per round, MICRO_ROUNDS,
 * MICRO_DIALECTS = sqlite,postgresql). PostgreSQL is BENCH_PG_URL's server (database roster_micro).
 */

const N = Number(process.env.MICRO_N ?? 1000);
const ROUNDS = Number(process.env.MICRO_ROUNDS ?? 5);
const DIALECTS = (process.env.MICRO_DIALECTS ?? 'sqlite,postgresql').split(',');
const SEEDED_USERS = 50;

type Execute = (sql: string, params: unknown[], method: 'all') => Promise<unknown[]>;

/** The raw path: the SQL driver's `execute` (the compat layer's `executeSql`), `?` placeholders. */
function rawOn(em: EntityManager): Execute {
  const sqlEm = em as unknown as { execute: Execute };
  return (sql, params, method) => sqlEm.execute(sql, params, method);
}

/** The statements the store sends, with their columns listed as the entity schemas name them. */
const KEY_SQL =
  'select id, tenant_id, name, prefix, secret_hash, role, permissions, organization_id, created_at, last_used_at from roster_api_keys where secret_hash = ? limit 1';
const TENANT_SQL =
  'select id, name, account_url, identify_by, seat_limit, default_permissions, root_organization_id, profile_fields from roster_tenants where id = ? limit 1';
const HOSTS_SQL = 'select host from roster_tenant_hosts where tenant_id = ?';
const USER_SQL =
  'select tenant_id, id, public_id, email, email_key, login, login_key, first_name, last_name, password_hash, role, permissions, status, organization_id, external_id, source, phone_number, live_scanner, subscribed_to_updates, settings, group_ids, backend_access, created_at, updated_at, last_login_at, version, profile from roster_users where tenant_id = ? and id = ? limit 1';

interface Operation {
  readonly name: string;
  readonly store: () => Promise<unknown>;
  readonly findOne: () => Promise<unknown>;
  readonly raw: () => Promise<unknown>;
}

function operations(stores: MikroOrmStores, base: EntityManager, tenant: Tenant, userId: number): Operation[] {
  const raw = rawOn(base.fork({ clear: true }));
  const hash = hashApiKeySecret(BENCH_TENANT.apiKey);
  const fork = () => base.fork({ clear: true });
  return [
    {
      name: 'API key by secret hash',
      store: () => stores.apiKeys.findBySecretHash(hash),
      findOne: () => fork().findOne(RosterApiKeySchema, { secretHash: hash }),
      raw: () => raw(KEY_SQL, [hash], 'all'),
    },
    {
      name: 'tenant by id (row + hosts)',
      store: () => stores.tenants.findTenantById(tenant.id),
      findOne: async () => {
        const em = fork();
        await em.find(RosterTenantSchema, { id: tenant.id }, { orderBy: { id: 'asc' }, limit: 1 });
        return em.find('RosterTenantHost', { tenantId: tenant.id });
      },
      raw: async () => {
        await raw(TENANT_SQL, [tenant.id], 'all');
        return raw(HOSTS_SQL, [tenant.id], 'all');
      },
    },
    {
      name: 'user by id',
      store: () => stores.users.findById(tenant.id, userId),
      findOne: () => fork().findOne(RosterUserSchema, { tenantId: tenant.id, id: userId }),
      raw: () => raw(USER_SQL, [tenant.id, userId], 'all'),
    },
  ];
}

/** Microseconds per call of `call`, over N sequential calls. */
async function perCall(call: () => unknown): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < N; i += 1) await call();
  return Number(process.hrtime.bigint() - started) / 1000 / N;
}

type Variant = 'store' | 'findOne' | 'raw' | 'fork';
const VARIANTS: readonly Variant[] = ['store', 'findOne', 'raw', 'fork'];

async function measure(operation: Operation, base: EntityManager): Promise<Record<Variant, number[]>> {
  const calls: Record<Variant, () => unknown> = {
    store: operation.store,
    findOne: operation.findOne,
    raw: operation.raw,
    fork: () => base.fork({ clear: true }),
  };
  const times: Record<Variant, number[]> = { store: [], findOne: [], raw: [], fork: [] };
  for (const variant of VARIANTS) await perCall(calls[variant]); // warm-up: JIT, statement caches, pool
  for (let round = 0; round < ROUNDS; round += 1) {
    // Rotate the order so drift in the machine's speed does not always hit the same variant.
    const order = VARIANTS.map((_, i) => VARIANTS[(i + round) % VARIANTS.length]!);
    for (const variant of order) times[variant].push(await perCall(calls[variant]));
  }
  return times;
}

interface Opened {
  readonly stores: MikroOrmStores;
  readonly dispose: () => Promise<void>;
}

async function open(dialect: string): Promise<Opened> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'roster-micro-'));
    const stores = await createMikroOrmStores({ url: `sqlite:${join(dir, 'micro.db')}` });
    return {
      stores,
      dispose: async () => {
        await stores.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (dialect === 'postgresql') {
    const stores = await createMikroOrmStores({ url: await recreateDatabase('roster_micro') });
    return {
      stores,
      dispose: async () => {
        await stores.close();
        await dropDatabase('roster_micro');
      },
    };
  }
  throw new Error(`unknown dialect ${dialect} (sqlite or postgresql)`);
}

const ratio = (values: readonly number[], against: readonly number[]) => {
  const ratios = values.map((value, i) => value / against[i]!);
  const spread = spreadOf(ratios);
  return `${spread.median.toFixed(2)} (${spread.min.toFixed(2)}–${spread.max.toFixed(2)})`;
};

async function runDialect(dialect: string): Promise<string[]> {
  const { stores, dispose } = await open(dialect);
  try {
    const roster = createRoster({ stores, logger: quietLogger, passwordHasher: new FastPasswordHasher() });
    await roster.bootstrap.load(benchBootstrapFile());
    const tenant = await roster.tenants.findByName(BENCH_TENANT.name);
    // Not roster.close(): it closes the stores, which are measured next (dispose closes them).
    if (tenant === null) throw new Error('the bootstrap made no bench tenant');
    await seedThroughStores(stores, tenant, SEEDED_USERS);
    if (stores.orm === undefined) throw new Error('a standalone store has its ORM');
    const base = stores.orm.em;
    const lines: string[] = [];
    for (const operation of operations(stores, base, tenant, 2)) {
      const times = await measure(operation, base);
      lines.push(
        `| ${dialect} | ${operation.name} | ${ratio(times.store, times.raw)} | ${ratio(times.findOne, times.raw)} | ${ratio(times.fork, times.raw)} |`,
      );
    }
    return lines;
  } finally {
    await dispose();
  }
}

async function main(): Promise<void> {
  const lines = [
    `N = ${N} sequential calls per round, ${ROUNDS} rounds; ratio = time per call ÷ raw's, median (min–max)`,
    '',
    '| database | operation | store ÷ raw | fork + findOne ÷ raw | fork alone ÷ raw |',
    '|---|---|---|---|---|',
  ];
  for (const dialect of DIALECTS) lines.push(...(await runDialect(dialect)));
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
