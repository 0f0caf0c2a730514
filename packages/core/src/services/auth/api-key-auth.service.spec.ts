import { hashApiKeySecret } from '../../defaults';
import type { ApiKey } from '../../domain';
import { codeOf, setupRoster, type TestRoster } from '../roster-test.fixture';

const SECRET = 'rk_acme_0123456789abcdef0123456789';

function key(fields: Partial<ApiKey> & { secret?: string } = {}): ApiKey {
  const { secret = SECRET, ...rest } = fields;
  return {
    id: 'key1',
    tenantId: 't1',
    name: 'integration',
    prefix: 'rk_acme_…',
    secretHash: hashApiKeySecret(secret),
    role: 'administrator',
    permissions: [],
    organizationId: null,
    createdAt: new Date(0),
    lastUsedAt: null,
    expiresAt: null,
    ...rest,
  };
}

describe('AuthService.authenticateApiKey', () => {
  let t: TestRoster;

  beforeEach(async () => {
    t = await setupRoster();
  });

  it("acts with the key's role, effective permissions and tenant, and records the use", async () => {
    await t.stores.apiKeys.save(key());
    const actor = await t.roster.auth.authenticateApiKey({ secret: SECRET, tenantId: 't1' });
    expect(actor).toMatchObject({ tenantId: 't1', kind: 'apiKey', id: 'key1', role: 'administrator', scopeOrganizationId: null });
    expect(actor.permissions.has('user:manage')).toBe(true);
    const [stored] = await t.stores.apiKeys.listByTenant('t1');
    expect(stored?.lastUsedAt).toEqual(t.clock.current);
  });

  it('records the use at most once a minute, so a read stays a read', async () => {
    await t.stores.apiKeys.save(key());
    const first = t.clock.now();
    await t.roster.auth.authenticateApiKey({ secret: SECRET });
    t.clock.advance(59);
    await t.roster.auth.authenticateApiKey({ secret: SECRET });
    expect((await t.stores.apiKeys.listByTenant('t1'))[0]?.lastUsedAt).toEqual(first);
    t.clock.advance(1);
    await t.roster.auth.authenticateApiKey({ secret: SECRET });
    expect((await t.stores.apiKeys.listByTenant('t1'))[0]?.lastUsedAt).toEqual(t.clock.now());
  });

  it('refuses a key from its expiry on, like an unknown one, even while the key is cached', async () => {
    const expiresAt = new Date(t.clock.now().getTime() + 2_000);
    await t.stores.apiKeys.save(key({ expiresAt }));
    // Read once: the key now sits in the store cache (5 s), which outlives its expiry.
    expect(await t.roster.auth.authenticateApiKey({ secret: SECRET })).toMatchObject({ id: 'key1' });
    t.clock.advance(1);
    expect(await t.roster.auth.authenticateApiKey({ secret: SECRET })).toMatchObject({ id: 'key1' });
    t.clock.advance(1);
    expect(await codeOf(t.roster.auth.authenticateApiKey({ secret: SECRET }))).toBe('UNAUTHENTICATED');
    expect(t.events.events.at(-1)).toEqual(expect.objectContaining({ type: 'auth.failed', reason: 'expired_key' }));
  });

  it('adds explicit permissions to the role, with user:read implied by user:manage', async () => {
    await t.stores.apiKeys.save(key({ role: 'user', permissions: ['user:manage'] }));
    const actor = await t.roster.auth.authenticateApiKey({ secret: SECRET });
    expect(['user:manage', 'user:read', 'course:enroll'].every((p) => actor.permissions.has(p as never))).toBe(true);
    expect(actor.permissions.has('site:manage')).toBe(false);
  });

  it('scopes a key bound to an organization, and an organization administrator key', async () => {
    await t.stores.apiKeys.save(key({ organizationId: 2 }));
    await t.stores.apiKeys.save(key({ id: 'key2', secret: `${SECRET}-2`, role: 'organizationAdministrator', organizationId: 3 }));
    expect(await t.roster.auth.authenticateApiKey({ secret: SECRET })).toMatchObject({ scopeOrganizationId: 2, organizationId: 2 });
    expect(await t.roster.auth.authenticateApiKey({ secret: `${SECRET}-2` })).toMatchObject({ scopeOrganizationId: 3 });
  });

  it('refuses an organization administrator key that names no organization', async () => {
    await t.stores.apiKeys.save(key({ role: 'organizationAdministrator' }));
    expect(await codeOf(t.roster.auth.authenticateApiKey({ secret: SECRET }))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an unknown key', { secret: 'rk_unknown_000000000000000000' }],
    ['an empty key', { secret: '' }],
    ['a key that is not a string', { secret: { $ne: null } as never }],
    ['a key of another tenant', { secret: SECRET, tenantId: 't2' }],
  ])('answers UNAUTHENTICATED for %s', async (_label, credentials) => {
    await t.stores.apiKeys.save(key());
    expect(await codeOf(t.roster.auth.authenticateApiKey(credentials))).toBe('UNAUTHENTICATED');
    expect(t.events.events).toEqual([expect.objectContaining({ type: 'auth.failed' })]);
    expect(JSON.stringify(t.events.events)).not.toContain(SECRET);
  });
});
