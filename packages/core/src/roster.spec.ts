import { createMemoryStores } from '@roster/memory';
import { container } from 'tsyringe';
import { MemoryRateLimiterFactory, SilentLogger } from './defaults';
import { DEFAULT_ROLE_CATALOG, type RoleCatalog } from './domain';
import { TOKENS } from './ports';
import { createRoster } from './roster';
import type { RosterStores } from './roster.types';
import { actorOf, FakeHasher } from './services/roster-test.fixture';

const quiet = { logger: new SilentLogger(), passwordHasher: new FakeHasher() };

async function storesWithTenant(): Promise<RosterStores> {
  const stores = createMemoryStores();
  await stores.tenants.saveTenant({
    id: 't1',
    name: 'acme',
    accountUrl: null,
    identifyBy: 'email',
    seatLimit: null,
    defaultPermissions: [],
    rootOrganizationId: 1,
    hosts: [],
    profileFields: [],
  });
  await stores.tenants.saveOrganization({ tenantId: 't1', id: 1, name: 'Root', parentId: null });
  return stores;
}

describe('createRoster', () => {
  it('registers nothing in the global container', () => {
    createRoster({ stores: createMemoryStores(), ...quiet });
    for (const token of Object.values(TOKENS)) expect(container.isRegistered(token, true)).toBe(false);
  });

  it('keeps two rosters apart', async () => {
    const a = createRoster({ stores: await storesWithTenant(), ...quiet });
    const b = createRoster({ stores: await storesWithTenant(), ...quiet });
    await a.users.create(actorOf('administrator'), { email: 'only-a@acme.example.com' });
    await expect(b.users.get(actorOf('administrator'), { email: 'only-a@acme.example.com' })).rejects.toMatchObject({
      code: 'USER_NOT_FOUND',
    });
  });

  it('uses the defaults for the ports not given', async () => {
    const roster = createRoster({ stores: createMemoryStores(), logger: new SilentLogger() });
    expect(roster.roleCatalog).toBe(DEFAULT_ROLE_CATALOG);
    expect(roster.rateLimiters).toBeInstanceOf(MemoryRateLimiterFactory);
    expect(roster.clock.now()).toBeInstanceOf(Date);
    expect(Math.abs(roster.clock.now().getTime() - Date.now())).toBeLessThan(5000);
    const stores = await storesWithTenant();
    const withArgon = createRoster({ stores, logger: new SilentLogger() });
    const { user } = await withArgon.users.create(actorOf('administrator'), { email: 'a@acme.example.com', password: 'pw' });
    expect((await stores.users.findById('t1', user.id))?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('uses the ports and catalog it is given', async () => {
    const catalog: RoleCatalog = {
      roles: [
        { name: 'admin', rank: 5, permissions: ['user:manage'], scope: 'tenant' },
        { name: 'Member', rank: 1, permissions: [], scope: 'tenant' },
      ],
    };
    const roster = createRoster({ stores: await storesWithTenant(), roleCatalog: catalog, ...quiet });
    const admin = { ...actorOf('administrator'), role: 'admin' };
    const { user } = await roster.users.create(admin, { email: 'm@acme.example.com' });
    expect(user.role).toBe('Member');
    expect(roster.roleCatalog).toBe(catalog);
  });

  it('refuses an empty catalog, duplicate role names and bad throttle settings', () => {
    const stores = createMemoryStores();
    const role = DEFAULT_ROLE_CATALOG.roles[0]!;
    expect(() => createRoster({ stores, roleCatalog: { roles: [] } })).toThrow(expect.objectContaining({ code: 'CONFIGURATION_INVALID' }));
    expect(() => createRoster({ stores, roleCatalog: { roles: [role, role] } })).toThrow(/unique role names/);
    expect(() => createRoster({ stores, passwordThrottle: { perLogin: 0 } })).toThrow(/passwordThrottle.perLogin/);
    expect(() => createRoster({ stores, passwordThrottle: { windowSeconds: 1.5 } })).toThrow(/windowSeconds/);
  });

  it('closes the stores', async () => {
    const stores = createMemoryStores();
    const close = jest.fn(async () => undefined);
    await createRoster({ stores: { ...stores, close }, ...quiet }).close();
    expect(close).toHaveBeenCalledTimes(1);
    await expect(createRoster({ stores: { ...stores, close: undefined }, ...quiet }).close()).resolves.toBeUndefined();
  });
});
