import { createMemoryStores } from '@roster/memory';
import type { ApiKey, Tenant } from '../domain';
import type { ApiKeyStore } from '../ports';
import { cachedStores } from './cached-stores';

class StepClock {
  at = 0;
  now(): Date {
    return new Date(this.at);
  }
}

const TENANT: Tenant = {
  id: 't1',
  name: 'acme',
  accountUrl: '//acme.example.com',
  identifyBy: 'email',
  seatLimit: null,
  defaultPermissions: [],
  rootOrganizationId: 1,
  hosts: ['acme.example.com'],
  profileFields: [],
};
const KEY: ApiKey = {
  id: 'k1',
  tenantId: 't1',
  name: 'ci',
  prefix: 'rk_',
  secretHash: 'ab'.repeat(32),
  role: 'administrator',
  permissions: [],
  organizationId: null,
  createdAt: new Date(0),
  lastUsedAt: null,
  expiresAt: null,
};

async function setup(ttlSeconds = 5) {
  const raw = createMemoryStores();
  await raw.tenants.saveTenant(TENANT);
  await raw.apiKeys.save(KEY);
  const clock = new StepClock();
  return { raw, clock, stores: cachedStores(raw, clock, ttlSeconds) };
}

describe('cachedStores', () => {
  it('serves tenants and keys from the cache until the bound, then reads the store again', async () => {
    const { raw, clock, stores } = await setup();
    expect(await stores.tenants.findTenantById('t1')).toEqual(TENANT);
    expect(await stores.tenants.findTenantByName('acme')).toEqual(TENANT);
    expect(await stores.tenants.findTenantByHost('acme.example.com')).toEqual(TENANT);
    expect(await stores.apiKeys.findBySecretHash(KEY.secretHash)).toEqual(KEY);
    // Changed behind Roster's back (another process): still the cached copy within the bound…
    await raw.tenants.saveTenant({ ...TENANT, seatLimit: 9 });
    await raw.apiKeys.save({ ...KEY, role: 'user' });
    clock.at = 4_999;
    expect((await stores.tenants.findTenantById('t1'))?.seatLimit).toBeNull();
    expect((await stores.apiKeys.findBySecretHash(KEY.secretHash))?.role).toBe('administrator');
    // …and the store's answer from the bound on.
    clock.at = 5_000;
    expect((await stores.tenants.findTenantById('t1'))?.seatLimit).toBe(9);
    expect((await stores.tenants.findTenantByName('acme'))?.seatLimit).toBe(9);
    expect((await stores.tenants.findTenantByHost('acme.example.com'))?.seatLimit).toBe(9);
    expect((await stores.apiKeys.findBySecretHash(KEY.secretHash))?.role).toBe('user');
  });

  it('stops serving a key revoked elsewhere within the bound', async () => {
    const { raw, clock, stores } = await setup(2);
    await stores.apiKeys.findBySecretHash(KEY.secretHash);
    await raw.apiKeys.save({ ...KEY, secretHash: 'cd'.repeat(32) });
    clock.at = 2_000;
    expect(await stores.apiKeys.findBySecretHash(KEY.secretHash)).toBeNull();
  });

  it('forgets at once what is written through it, directly or in a unit of work', async () => {
    const { stores } = await setup();
    await stores.tenants.findTenantById('t1');
    await stores.apiKeys.findBySecretHash(KEY.secretHash);
    await stores.tenants.findTenantByHost('acme.example.com');
    await stores.tenants.saveTenant({ ...TENANT, seatLimit: 3, hosts: ['learn.acme.example.com'] });
    expect((await stores.tenants.findTenantById('t1'))?.seatLimit).toBe(3);
    expect(await stores.tenants.findTenantByHost('acme.example.com')).toBeNull();
    await stores.unitOfWork.run(async (tx) => {
      await tx.tenants.saveTenant({ ...TENANT, seatLimit: 4 });
      await tx.apiKeys.save({ ...KEY, secretHash: 'cd'.repeat(32) });
    });
    expect((await stores.tenants.findTenantById('t1'))?.seatLimit).toBe(4);
    expect(await stores.apiKeys.findBySecretHash(KEY.secretHash)).toBeNull();
    await stores.apiKeys.touchLastUsed('k1', new Date(7));
    expect((await stores.apiKeys.findBySecretHash('cd'.repeat(32)))?.lastUsedAt).toEqual(new Date(7));
  });

  it('does not keep what a read cached while a unit of work wrote and then rolled back or committed', async () => {
    const { stores } = await setup();
    await expect(
      stores.unitOfWork.run(async (tx) => {
        await tx.tenants.saveTenant({ ...TENANT, seatLimit: 8 });
        // A read outside the transaction meanwhile caches whatever the store shows it.
        await stores.tenants.findTenantById('t1');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await stores.tenants.findTenantById('t1'))?.seatLimit).toBeNull();
    await stores.unitOfWork.run((tx) => tx.tenants.saveTenant({ ...TENANT, seatLimit: 2 }));
    expect((await stores.tenants.findTenantById('t1'))?.seatLimit).toBe(2);
  });

  it("keeps the tenant a key was read with, so the key's first request does not read the tenant again", async () => {
    const { raw, stores } = await setup();
    expect(await stores.apiKeys.findBySecretHash(KEY.secretHash)).toEqual(KEY);
    // Changed behind the cache's back after the key read: the tenant read with the key is served.
    await raw.tenants.saveTenant({ ...TENANT, seatLimit: 9 });
    expect((await stores.tenants.findTenantById('t1'))?.seatLimit).toBeNull();
  });

  it('reads the tenant apart from a key store that cannot read them together', async () => {
    const { raw, clock } = await setup();
    const keys = raw.apiKeys;
    const keyOnly: ApiKeyStore = {
      save: (key) => keys.save(key),
      findBySecretHash: (hash) => keys.findBySecretHash(hash),
      listByTenant: (tenantId) => keys.listByTenant(tenantId),
      touchLastUsed: (id, at) => keys.touchLastUsed(id, at),
      findById: (tenantId, id) => keys.findById(tenantId, id),
      deleteById: (tenantId, id) => keys.deleteById(tenantId, id),
    };
    const stores = cachedStores({ ...raw, apiKeys: keyOnly }, clock, 5);
    expect(await stores.apiKeys.findBySecretHash(KEY.secretHash)).toEqual(KEY);
    await raw.tenants.saveTenant({ ...TENANT, seatLimit: 9 });
    expect((await stores.tenants.findTenantById('t1'))?.seatLimit).toBe(9);
  });

  it('keeps no misses, and nothing with a bound of 0', async () => {
    const { raw, stores } = await setup();
    expect(await stores.tenants.findTenantById('t2')).toBeNull();
    await raw.tenants.saveTenant({ ...TENANT, id: 't2', name: 'beta', hosts: [] });
    expect(await stores.tenants.findTenantById('t2')).not.toBeNull();
    const uncached = await setup(0);
    expect(uncached.stores).toBe(uncached.raw);
  });
});
