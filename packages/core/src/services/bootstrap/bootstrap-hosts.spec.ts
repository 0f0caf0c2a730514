import { setupRoster, type TestRoster } from '../roster-test.fixture';

const tenant = (name: string, hosts: unknown) => ({ name, hosts });
const file = (...tenants: unknown[]) => ({ tenants });

describe('BootstrapService.load: tenant host names', () => {
  let t: TestRoster;

  beforeEach(async () => {
    t = await setupRoster({ name: 'fixture', accountUrl: null });
  });

  it.each([
    ['hosts not an array', file(tenant('acme', 'acme.example.com')), 'tenants[0].hosts', /must be an array/],
    [
      'a host with a port',
      file(tenant('acme', ['acme.example.com', 'acme.example.com:3000'])),
      'tenants[0].hosts[1]',
      /host name without port/,
    ],
    ['an IPv6 literal with a port', file(tenant('acme', ['[::1]:3000'])), 'tenants[0].hosts[0]', /host name without port/],
    ['a URL', file(tenant('acme', ['https://acme.example.com'])), 'tenants[0].hosts[0]', /host name without port/],
    ['a host that is not a string', file(tenant('acme', [42])), 'tenants[0].hosts[0]', /host name without port/],
    ['an empty host', file(tenant('acme', [''])), 'tenants[0].hosts[0]', /host name without port/],
    [
      'a duplicate in one tenant, in another case and with a trailing dot',
      file(tenant('acme', ['acme.example.com', 'ACME.example.com.'])),
      'tenants[0].hosts[1]',
      /duplicate host name "acme.example.com" \(also at tenants\[0\]\.hosts\[0\]\)/,
    ],
    [
      'a host of two tenants',
      file(tenant('acme', ['localhost', '::1']), tenant('globex', ['[0::1]'])),
      'tenants[1].hosts[0]',
      /duplicate host name "\[::1\]" \(also at tenants\[0\]\.hosts\[1\]\)/,
    ],
  ])('refuses %s, naming the path, and writes nothing', async (_label, bootstrap, path, message) => {
    const error = await t.roster.bootstrap.load(bootstrap).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BOOTSTRAP_INVALID', details: { path } });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message.startsWith(`${path}: `)).toBe(true);
    expect(await t.stores.tenants.listTenants()).toHaveLength(1);
  });

  it('stores the hosts normalised, finds the tenant by a Host header, and replaces them on a reload', async () => {
    await t.roster.bootstrap.load(file(tenant('acme', ['Acme.Example.COM.', 'localhost', '::1'])));
    const acme = await t.stores.tenants.findTenantByName('acme');
    expect(acme?.hosts).toEqual(['[::1]', 'acme.example.com', 'localhost']);
    for (const header of ['acme.example.com:3000', 'ACME.EXAMPLE.COM', 'localhost:8080', '[::1]:3000', '[0:0::1]']) {
      expect((await t.roster.tenants.findByHost(header))?.name).toBe('acme');
    }
    expect(await t.roster.tenants.findByHost('acme:3000')).toBeNull();
    expect(await t.roster.tenants.findByHost('')).toBeNull();

    await t.roster.bootstrap.load(file(tenant('acme', ['Acme.Example.COM.', 'localhost', '::1'])));
    expect((await t.stores.tenants.findTenantByName('acme'))?.hosts).toEqual(['[::1]', 'acme.example.com', 'localhost']);
    await t.roster.bootstrap.load(file({ name: 'acme' }));
    expect((await t.stores.tenants.findTenantByName('acme'))?.hosts).toEqual([]);
    expect(await t.roster.tenants.findByHost('localhost')).toBeNull();
  });

  it('refuses a host another tenant already holds in the store, naming the path and the tenant', async () => {
    await t.roster.bootstrap.load(file(tenant('acme', ['school.example.com'])));
    const error = await t.roster.bootstrap
      .load(file(tenant('globex', ['other.example.com', 'School.Example.com'])))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BOOTSTRAP_INVALID', details: { path: 'tenants[0].hosts[1]' } });
    expect((error as Error).message).toBe('tenants[0].hosts[1]: already a host name of tenant "acme"');
    expect(await t.stores.tenants.findTenantByName('globex')).toBeNull();
  });
});
