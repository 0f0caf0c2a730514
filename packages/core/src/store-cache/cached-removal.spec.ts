import { createMemoryStores } from '@roster/memory';
import type { ApiKey, Tenant } from '../domain';
import { cachedStores } from './cached-stores';

const clock = { now: () => new Date(0) };
const TENANT: Tenant = {
  id: 't1',
  name: 'acme',
  accountUrl: null,
  identifyBy: 'email',
  seatLimit: null,
  defaultPermissions: [],
  rootOrganizationId: 1,
  hosts: [],
  profileFields: [],
};
const KEY: ApiKey = {
  id: 'k1',
  tenantId: 't1',
  name: 'ci',
  prefix: 'rk_',
  secretHash: 'cd'.repeat(32),
  role: 'administrator',
  permissions: [],
  organizationId: null,
  createdAt: new Date(0),
  lastUsedAt: null,
  expiresAt: null,
};

async function setup() {
  const raw = createMemoryStores();
  await raw.tenants.saveTenant(TENANT);
  await raw.apiKeys.save(KEY);
  // The clock never moves: only a forget can drop a cached entry.
  const stores = cachedStores(raw, clock, 5);
  expect(await stores.apiKeys.findBySecretHash(KEY.secretHash)).toEqual(KEY);
  expect(await stores.tenants.findTenantById('t1')).toEqual(TENANT);
  return stores;
}

describe('cachedStores: removals forget what they removed', () => {
  it('a key deleted directly or in a unit of work is no longer served from the cache', async () => {
    const direct = await setup();
    expect(await direct.apiKeys.deleteById('t1', 'k1')).toBe(true);
    expect(await direct.apiKeys.findBySecretHash(KEY.secretHash)).toBeNull();

    const inWork = await setup();
    await inWork.unitOfWork.run((tx) => tx.apiKeys.deleteById('t1', 'k1'));
    expect(await inWork.apiKeys.findBySecretHash(KEY.secretHash)).toBeNull();
  });

  it('a tenant deleted in a unit of work takes its cached keys with it', async () => {
    const stores = await setup();
    await stores.unitOfWork.run((tx) => tx.tenants.deleteTenant('t1'));
    expect(await stores.tenants.findTenantById('t1')).toBeNull();
    expect(await stores.apiKeys.findBySecretHash(KEY.secretHash)).toBeNull();
  });
});
