import type { MikroORM, Options } from '@mikro-orm/core';
import type { ApiKey, Tenant, User } from '@roster/core';
import { makeApiKey, makeOrganization, makeTenant, makeUser } from '@roster/testing';
import { createMikroOrmStores, type MikroOrmStores } from '../create-mikro-orm-stores';
import { RosterApiKeySchema, RosterTenantHostSchema, RosterTenantSchema, RosterUserSchema, rosterEntities } from '../entities';
import { toApiKey, toTenant, toUser } from '../mappers';
import { parseDatabaseUrl } from '../orm/database-url';
import { loadDriver } from '../orm/mikro-orm-compat';
import { DIALECT_TARGETS } from '../test-support/dialect-targets';
import type { TestDatabase } from '../test-support/test-databases';

jest.setTimeout(60_000);

/**
 * The raw reads (raw-reads/) against MikroORM's own `find` + hydration of the same rows, mapped by
 * the same domain mappers: whatever a driver answers (0/1 or booleans, epoch milliseconds or
 * strings, JSON as text or parsed), both paths must give the identical domain object, and that
 * object must be the one saved.
 */

/** The ORM path the stores took before the raw reads. */
function ormReads(orm: MikroORM) {
  return {
    user: async (tenantId: string, id: number): Promise<User | null> => {
      const row = await orm.em.fork().findOne(RosterUserSchema, { tenantId, id });
      return row ? toUser(row) : null;
    },
    key: async (secretHash: string): Promise<ApiKey | null> => {
      const row = await orm.em.fork().findOne(RosterApiKeySchema, { secretHash });
      return row ? toApiKey(row) : null;
    },
    tenant: async (id: string): Promise<Tenant | null> => {
      const em = orm.em.fork();
      const row = await em.findOne(RosterTenantSchema, { id });
      if (!row) return null;
      const hosts = await em.find(RosterTenantHostSchema, { tenantId: id });
      return toTenant(
        row,
        hosts.map((host) => host.host),
      );
    },
  };
}

const FULL_TENANT = makeTenant({
  id: 'tenant-full',
  name: 'full.example',
  accountUrl: '//full.example.com',
  seatLimit: 10,
  defaultPermissions: ['user:read'],
  rootOrganizationId: 7,
  hosts: ['c.full.example.com', 'a.full.example.com', 'b.full.example.com'],
  profileFields: [
    { name: 'badge', label: 'Badge', type: 'string', required: true, unique: true, values: [] },
    { name: 'shift', label: 'Shift', type: 'list', required: false, unique: false, values: ['early', 'late'] },
  ],
});
const BARE_TENANT = makeTenant({
  id: 'tenant-bare',
  name: 'bare.example',
  accountUrl: null,
  seatLimit: null,
  hosts: [],
  profileFields: [],
});

const UNUSED_KEY = makeApiKey({ tenantId: FULL_TENANT.id, organizationId: null, lastUsedAt: null });
const USED_KEY = makeApiKey({
  tenantId: FULL_TENANT.id,
  role: 'manager',
  organizationId: 7,
  permissions: ['user:read', 'user:manage'],
  createdAt: new Date('2026-03-04T05:06:07.089Z'),
  lastUsedAt: new Date('2026-11-30T23:59:59.999Z'),
});

const BARE_TENANT_KEY = makeApiKey({ tenantId: BARE_TENANT.id });

const PROFILED_USER = makeUser({
  tenantId: FULL_TENANT.id,
  id: 3,
  organizationId: 7,
  email: 'Mixed.Case@Example.com',
  externalId: 12.5,
  phoneNumber: '+49 30 1234',
  liveScanner: true,
  subscribedToUpdates: false,
  backendAccess: true,
  settings: { theme: 'dark', notifications: false },
  groupIds: [],
  profile: { badge: 'B-17', shift: 'late' },
  createdAt: new Date('2026-01-02T03:04:05.678Z'),
  updatedAt: new Date('2026-06-07T08:09:10.111Z'),
  lastLoginAt: new Date('2026-12-01T00:00:00.001Z'),
  version: 4,
});
const PLAIN_USER = makeUser({
  tenantId: FULL_TENANT.id,
  id: 4,
  organizationId: 7,
  email: null,
  login: 'Plain.Login',
  lastLoginAt: null,
  profile: {},
});

async function seed(stores: MikroOrmStores): Promise<void> {
  await stores.tenants.saveTenant(FULL_TENANT);
  await stores.tenants.saveTenant(BARE_TENANT);
  await stores.tenants.saveOrganization(makeOrganization({ tenantId: FULL_TENANT.id, id: 7 }));
  await stores.apiKeys.save(UNUSED_KEY);
  await stores.apiKeys.save(USED_KEY);
  await stores.apiKeys.save(BARE_TENANT_KEY);
  await stores.users.insert(PROFILED_USER);
  await stores.users.insert(PLAIN_USER);
}

/** The user and key reads against the ORM path only (rows another time zone wrote are not what this one saved). */
async function expectOrmAgreement(stores: MikroOrmStores, orm: MikroORM): Promise<void> {
  const viaOrm = ormReads(orm);
  for (const user of [PROFILED_USER, PLAIN_USER]) {
    expect(await stores.users.findById(user.tenantId, user.id)).toEqual(await viaOrm.user(user.tenantId, user.id));
  }
  for (const key of [UNUSED_KEY, USED_KEY])
    expect(await stores.apiKeys.findBySecretHash(key.secretHash)).toEqual(await viaOrm.key(key.secretHash));
}

/** Each read by every key it is served by, against the ORM path and the saved object. */
async function expectSameReads(stores: MikroOrmStores, orm: MikroORM): Promise<void> {
  const viaOrm = ormReads(orm);
  for (const user of [PROFILED_USER, PLAIN_USER]) {
    const read = await stores.users.findById(user.tenantId, user.id);
    expect(read).toEqual(await viaOrm.user(user.tenantId, user.id));
    expect(read).toEqual(user);
    expect(await stores.users.findByPublicId(user.tenantId, user.publicId)).toEqual(user);
  }
  expect(await stores.users.findByEmail(FULL_TENANT.id, 'mixed.case@example.com')).toEqual(PROFILED_USER);
  expect(await stores.users.findByLogin(FULL_TENANT.id, 'PLAIN.login')).toEqual(PLAIN_USER);
  const user = await stores.users.findById(PROFILED_USER.tenantId, PROFILED_USER.id);
  expect(user?.createdAt).toBeInstanceOf(Date);
  expect([typeof user?.liveScanner, typeof user?.externalId]).toEqual(['boolean', 'number']);

  for (const key of [UNUSED_KEY, USED_KEY]) {
    const read = await stores.apiKeys.findBySecretHash(key.secretHash);
    expect(read).toEqual(await viaOrm.key(key.secretHash));
    expect(read).toEqual(key);
  }

  const sortedHosts = [...FULL_TENANT.hosts].sort();
  expect(await stores.apiKeys.findBySecretHashWithTenant?.(USED_KEY.secretHash)).toEqual({
    key: await viaOrm.key(USED_KEY.secretHash),
    tenant: await viaOrm.tenant(FULL_TENANT.id),
  });
  expect(await stores.apiKeys.findBySecretHashWithTenant?.(UNUSED_KEY.secretHash)).toEqual({
    key: UNUSED_KEY,
    tenant: { ...FULL_TENANT, hosts: sortedHosts },
  });
  for (const tenant of [FULL_TENANT, BARE_TENANT]) {
    const read = await stores.tenants.findTenantById(tenant.id);
    expect(read).toEqual(await viaOrm.tenant(tenant.id));
    expect(read).toEqual({ ...tenant, hosts: [...tenant.hosts].sort() });
    expect(await stores.tenants.findTenantByName(tenant.name)).toEqual(read);
  }
  expect(await stores.tenants.findTenantByAccountUrl('//full.example.com')).toEqual({ ...FULL_TENANT, hosts: sortedHosts });
  expect(await stores.tenants.findTenantByHost('b.full.example.com')).toEqual({ ...FULL_TENANT, hosts: sortedHosts });
}

/** A host's MikroORM of either major on the target's database, with its own time zone settings. */
async function hostOrm(url: string, options: Partial<Options>): Promise<MikroORM> {
  const target = parseDatabaseUrl(url);
  const driver = await loadDriver(target.dialect);
  const where = target.dialect === 'sqlite' ? { dbName: target.dbName } : { clientUrl: target.clientUrl };
  return driver.MikroORM.init({ ...where, entities: [...rosterEntities], ...options });
}

describe.each(DIALECT_TARGETS)('raw reads on $name', (target) => {
  let database: TestDatabase;
  let stores: MikroOrmStores;

  beforeAll(async () => {
    database = await target.create();
    stores = await createMikroOrmStores({ url: database.url });
    await seed(stores);
  });

  afterAll(async () => {
    await stores.close();
    await database.drop();
  });

  it('give what the ORM path gives for the same rows, and what was saved', async () => {
    await expectSameReads(stores, stores.orm!);
  });

  it('miss as null, and take the first tenant by id when account URLs repeat', async () => {
    expect(await stores.users.findById(FULL_TENANT.id, 999)).toBeNull();
    expect(await stores.users.findByPublicId(BARE_TENANT.id, PROFILED_USER.publicId)).toBeNull();
    expect(await stores.apiKeys.findBySecretHash('0'.repeat(64))).toBeNull();
    expect(await stores.apiKeys.findBySecretHashWithTenant?.('0'.repeat(64))).toBeNull();
    const orphan = makeApiKey({ tenantId: 'tenant-gone' }); // no foreign keys: a key can outlive its tenant
    await stores.apiKeys.save(orphan);
    expect(await stores.apiKeys.findBySecretHashWithTenant?.(orphan.secretHash)).toEqual({ key: orphan, tenant: null });
    expect(await stores.apiKeys.findBySecretHashWithTenant?.(BARE_TENANT_KEY.secretHash)).toEqual({
      key: BARE_TENANT_KEY,
      tenant: BARE_TENANT,
    });
    expect(await stores.tenants.findTenantById('tenant-none')).toBeNull();
    expect(await stores.tenants.findTenantByHost('none.example.com')).toBeNull();
    const twin = makeTenant({ id: 'tenant-zz', name: 'twin.example', accountUrl: '//twin.example.com', hosts: ['twin.example.com'] });
    const first = makeTenant({
      id: 'tenant-aa',
      name: 'first.example',
      accountUrl: '//twin.example.com',
      hosts: ['y.example.com', 'x.example.com'],
    });
    await stores.tenants.saveTenant(twin);
    await stores.tenants.saveTenant(first);
    expect(await stores.tenants.findTenantByAccountUrl('//twin.example.com')).toEqual({
      ...first,
      hosts: ['x.example.com', 'y.example.com'],
    });
  });

  it("inside a unit of work, see the transaction's own writes", async () => {
    const added = makeUser({ tenantId: FULL_TENANT.id, id: 20, organizationId: 7, profile: { badge: 'T-1' } });
    const key = makeApiKey({ tenantId: FULL_TENANT.id });
    const renamed = { ...BARE_TENANT, name: 'renamed.example', hosts: ['new.bare.example.com'] };
    await stores.unitOfWork.run(async (tx) => {
      await tx.users.insert(added);
      await tx.apiKeys.save(key);
      await tx.tenants.saveTenant(renamed);
      expect(await tx.users.findById(added.tenantId, added.id)).toEqual(added);
      expect(await tx.users.findByPublicId(added.tenantId, added.publicId)).toEqual(added);
      expect(await tx.apiKeys.findBySecretHash(key.secretHash)).toEqual(key);
      expect(await tx.tenants.findTenantByHost('new.bare.example.com')).toEqual(renamed);
      expect(await tx.tenants.findTenantById(BARE_TENANT.id)).toEqual(renamed);
    });
    expect(await stores.users.findById(added.tenantId, added.id)).toEqual(added);
    await stores.tenants.saveTenant(BARE_TENANT);
  });

  if (target.dialect !== 'sqlite') {
    // SQLite's one connection would wait for the open transaction; the servers answer from their own.
    it('outside a unit of work, do not see its uncommitted writes', async () => {
      const pending = makeUser({ tenantId: FULL_TENANT.id, id: 21, organizationId: 7 });
      await expect(
        stores.unitOfWork.run(async (tx) => {
          await tx.users.insert(pending);
          expect(await tx.users.findById(pending.tenantId, pending.id)).toEqual(pending);
          expect(await stores.users.findById(pending.tenantId, pending.id)).toBeNull();
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(await stores.users.findById(pending.tenantId, pending.id)).toBeNull();
    });
  }

  it('read the same instants as the ORM path on a host ORM with a time zone of its own', async () => {
    const orm = await hostOrm(database.url, { forceUtcTimezone: false, timezone: '+02:00' });
    try {
      const hosted = await createMikroOrmStores({ orm });
      const user = makeUser({ tenantId: FULL_TENANT.id, id: 30, organizationId: 7, lastLoginAt: new Date('2026-07-01T22:30:00.250Z') });
      await hosted.users.insert(user);
      const read = await hosted.users.findById(user.tenantId, user.id);
      expect(read).toEqual(await ormReads(orm).user(user.tenantId, user.id));
      expect(read).toEqual(user);
      await expectOrmAgreement(hosted, orm);
    } finally {
      await orm.close();
    }
  });
});
