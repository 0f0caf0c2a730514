import { createMemoryStores } from '@roster/memory';
import { createRoster } from '../../roster';
import { setupRoster, type TestRoster } from '../roster-test.fixture';
import { exampleFile } from './bootstrap-example.fixture';

describe('BootstrapService.load', () => {
  let t: TestRoster;

  beforeEach(async () => {
    t = await setupRoster({ name: 'fixture', accountUrl: null });
  });

  it('loads the example file of the spec', async () => {
    const report = await t.roster.bootstrap.load(exampleFile());
    expect(report).toEqual({
      tenantsCreated: 1,
      tenantsUpdated: 0,
      organizations: 2,
      groups: 2,
      apiKeysCreated: 2,
      usersCreated: 2,
      usersExisting: 0,
    });
    const tenant = await t.roster.tenants.findByAccountUrl('http://ACME.example.com/');
    expect(tenant).toMatchObject({
      name: 'acme',
      accountUrl: '//acme.example.com',
      identifyBy: 'email',
      seatLimit: 500,
      defaultPermissions: ['course:enroll', 'media:manage'],
      rootOrganizationId: 1,
    });
    const tenantId = tenant!.id;
    expect(await t.stores.tenants.listOrganizations(tenantId)).toHaveLength(2);
    expect((await t.stores.tenants.findGroup(tenantId, 11))?.organizationId).toBe(2);
    const owner = await t.stores.users.findByEmail(tenantId, 'owner@acme.example.com');
    expect(owner).toMatchObject({
      login: 'owner',
      role: 'owner',
      backendAccess: true,
      status: 'active',
      passwordHash: 'hashed:correct horse battery',
      permissions: ['course:enroll', 'media:manage'],
    });
    expect(t.events.events.filter((e) => e.type === 'user.created')).toHaveLength(2);
  });

  it('makes keys and passwords that authenticate, and stores no secret in clear', async () => {
    await t.roster.bootstrap.load(exampleFile());
    const tenant = await t.roster.tenants.findByName('acme');
    const admin = await t.roster.auth.authenticateApiKey({ secret: 'rk_acme_0123456789abcdef0123456789' });
    expect(admin).toMatchObject({ tenantId: tenant!.id, role: 'administrator' });
    const reporting = await t.roster.auth.authenticateApiKey({ secret: 'rk_acme_readonly_aaaaaaaaaaaaaaaaaa' });
    expect(reporting.permissions.has('user:read') && !reporting.permissions.has('user:manage')).toBe(true);
    const keys = await t.stores.apiKeys.listByTenant(tenant!.id);
    expect(JSON.stringify(keys)).not.toContain('0123456789abcdef0123456789');
    expect(keys.map((k) => k.prefix)).toEqual(expect.arrayContaining(['rk_acme_…']));
    const salesAdmin = await t.roster.auth.authenticatePassword({
      tenantId: tenant!.id,
      identifier: 'salesadmin',
      password: 'another long secret',
    });
    expect(salesAdmin).toMatchObject({ role: 'organizationAdministrator', scopeOrganizationId: 2 });
  });

  it('changes nothing when the same file is loaded again', async () => {
    await t.roster.bootstrap.load(exampleFile());
    const tenant = await t.roster.tenants.findByName('acme');
    const before = await t.stores.users.list({ tenantId: tenant!.id, offset: 0, limit: 10 });
    const keysBefore = await t.stores.apiKeys.listByTenant(tenant!.id);
    const hashesBefore = t.hasher.hashed.length;

    const report = await t.roster.bootstrap.load(exampleFile());
    expect(report).toEqual({
      tenantsCreated: 0,
      tenantsUpdated: 1,
      organizations: 2,
      groups: 2,
      apiKeysCreated: 0,
      usersCreated: 0,
      usersExisting: 2,
    });
    expect(await t.stores.tenants.listTenants()).toHaveLength(2); // the fixture's tenant and acme
    expect(await t.roster.tenants.findByName('acme')).toEqual(tenant);
    expect(await t.stores.users.list({ tenantId: tenant!.id, offset: 0, limit: 10 })).toEqual(before);
    expect(await t.stores.apiKeys.listByTenant(tenant!.id)).toEqual(keysBefore);
    expect(await t.stores.tenants.countUsers(tenant!.id)).toBe(2);
    expect(t.hasher.hashed.length).toBe(hashesBefore);
  });

  it('leaves an existing user as it is, and takes new settings of tenants and keys', async () => {
    await t.roster.bootstrap.load(exampleFile());
    const file = exampleFile();
    const acme = file.tenants[0]!;
    acme['seatLimit'] = 10;
    (acme['users'] as Record<string, unknown>[])[0]!['password'] = 'a different password';
    (acme['apiKeys'] as Record<string, unknown>[])[1]!['permissions'] = ['user:manage'];
    await t.roster.bootstrap.load(file);
    const tenant = await t.roster.tenants.findByName('acme');
    expect(tenant?.seatLimit).toBe(10);
    const owner = await t.stores.users.findByLogin(tenant!.id, 'owner');
    expect(owner?.passwordHash).toBe('hashed:correct horse battery');
    const key = await t.roster.auth.authenticateApiKey({ secret: 'rk_acme_readonly_aaaaaaaaaaaaaaaaaa' });
    expect(key.permissions.has('user:manage')).toBe(true);
  });

  it("stores a tenant's custom profile fields, and a reload replaces them without adding anything", async () => {
    const file = exampleFile();
    const fields = [
      { name: 'EMP_CODE', label: 'Employee code', type: 'string', unique: true },
      { name: 'USER_FIELD_xPH1D', label: 'Department', type: 'list', values: ['Sales', 'Support'], required: true },
    ];
    file.tenants[0]!['profileFields'] = fields;
    await t.roster.bootstrap.load(file);
    const stored = await t.stores.tenants.findTenantByName('acme');
    expect(stored?.profileFields).toEqual([
      { name: 'EMP_CODE', label: 'Employee code', type: 'string', required: false, unique: true, values: [] },
      { name: 'USER_FIELD_xPH1D', label: 'Department', type: 'list', required: true, unique: false, values: ['Sales', 'Support'] },
    ]);
    const again = await t.roster.bootstrap.load(file);
    expect(again).toMatchObject({ tenantsCreated: 0, usersCreated: 0, apiKeysCreated: 0 });
    expect((await t.stores.tenants.findTenantByName('acme'))?.profileFields).toEqual(stored?.profileFields);
    file.tenants[0]!['profileFields'] = [fields[0]];
    await t.roster.bootstrap.load(file);
    expect((await t.stores.tenants.findTenantByName('acme'))?.profileFields.map((f) => f.name)).toEqual(['EMP_CODE']);
  });

  it('gives a tenant without organizations a root organization 1, and generates missing passwords', async () => {
    const report = await t.roster.bootstrap.load({
      tenants: [{ name: 'solo', identifyBy: 'login', users: [{ login: 'admin', role: 'administrator' }] }],
    });
    expect(report).toMatchObject({ tenantsCreated: 1, organizations: 1, usersCreated: 1 });
    const tenant = await t.roster.tenants.findByName('solo');
    expect(tenant).toMatchObject({ rootOrganizationId: 1, accountUrl: null, seatLimit: null, identifyBy: 'login' });
    expect(await t.stores.tenants.listOrganizations(tenant!.id)).toEqual([{ tenantId: tenant!.id, id: 1, name: 'solo', parentId: null }]);
    const admin = await t.stores.users.findByLogin(tenant!.id, 'admin');
    expect(admin).toMatchObject({ organizationId: 1, email: null, role: 'administrator', source: 'bootstrap' });
    expect(t.ids.passwordLengths).toEqual([16]);
    expect(admin?.passwordHash).toMatch(/^hashed:generated-16-/);
  });

  it('roots the tree at the first organization without a parent, whatever the order', async () => {
    await t.roster.bootstrap.load({
      tenants: [
        {
          name: 'tree',
          organizations: [
            { id: 5, name: 'Leaf', parentId: 3 },
            { id: 3, name: 'Top' },
            { id: 9, name: 'Other top' },
          ],
          users: [{ email: 'a@tree.example.com' }],
        },
      ],
    });
    const tenant = await t.roster.tenants.findByName('tree');
    expect(tenant?.rootOrganizationId).toBe(3);
    expect(await t.stores.users.findByEmail(tenant!.id, 'a@tree.example.com')).toMatchObject({ organizationId: 3, role: 'user' });
  });

  it('writes nothing when a later tenant hits its seat limit', async () => {
    const file = exampleFile();
    file.tenants.push({ name: 'tiny', seatLimit: 1, users: [{ email: 'a@tiny.example.com' }, { email: 'b@tiny.example.com' }] });
    const error = await t.roster.bootstrap.load(file).catch((e) => e);
    expect(error).toMatchObject({ code: 'BOOTSTRAP_INVALID', details: { path: 'tenants[1].users[1]' } });
    expect(await t.roster.tenants.findByName('acme')).toBeNull();
    expect(await t.roster.tenants.findByName('tiny')).toBeNull();
  });

  it('refuses a key secret that another tenant already uses', async () => {
    await t.roster.bootstrap.load(exampleFile());
    const error = await t.roster.bootstrap
      .load({
        tenants: [{ name: 'rival', apiKeys: [{ name: 'k', key: 'rk_acme_0123456789abcdef0123456789', role: 'user' }] }],
      })
      .catch((e) => e);
    expect(error).toMatchObject({ code: 'BOOTSTRAP_INVALID', details: { path: 'tenants[0].apiKeys[0].key' } });
    expect(error.message).not.toContain('0123456789abcdef');
    expect(await t.roster.tenants.findByName('rival')).toBeNull();
  });

  it("refuses an account URL that is another tenant's", async () => {
    await t.roster.bootstrap.load(exampleFile());
    const error = await t.roster.bootstrap.load({ tenants: [{ name: 'rival', accountUrl: 'http://ACME.example.com/' }] }).catch((e) => e);
    expect(error).toMatchObject({ code: 'BOOTSTRAP_INVALID', details: { path: 'tenants[0].accountUrl' } });
  });

  it('works on a roster of its own, with the default hasher', async () => {
    const roster = createRoster({ stores: createMemoryStores(), logger: { info() {}, warn() {}, error() {} } });
    await roster.bootstrap.load({ tenants: [{ name: 'real', users: [{ email: 'r@real.example.com', password: 'a real password' }] }] });
    const tenant = await roster.tenants.findByName('real');
    await expect(
      roster.auth.authenticatePassword({ tenantId: tenant!.id, identifier: 'r@real.example.com', password: 'a real password' }),
    ).resolves.toMatchObject({ role: 'user' });
  });
});
