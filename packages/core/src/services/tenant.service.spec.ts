import { setupRoster, type TestRoster } from './roster-test.fixture';

describe('TenantService', () => {
  let t: TestRoster;

  beforeEach(async () => {
    t = await setupRoster({ accountUrl: '//acme.example.com/lms' });
  });

  it('finds a tenant by id and by exact name', async () => {
    expect((await t.roster.tenants.findById('t1'))?.name).toBe('acme');
    expect((await t.roster.tenants.findByName('acme'))?.id).toBe('t1');
    expect(await t.roster.tenants.findByName('ACME')).toBeNull();
    expect(await t.roster.tenants.findById('nope')).toBeNull();
  });

  it.each(['https://acme.example.com/lms', 'http://ACME.example.com/lms/', 'HTTPS://acme.example.com:443/lms//'])(
    'finds the tenant by the account URL %s',
    async (url) => {
      expect((await t.roster.tenants.findByAccountUrl(url))?.id).toBe('t1');
    },
  );

  it.each(['https://acme.example.com', 'https://acme.example.com/LMS', 'acme.example.com/lms', ''])('finds nothing for %j', async (url) => {
    expect(await t.roster.tenants.findByAccountUrl(url)).toBeNull();
  });
});
