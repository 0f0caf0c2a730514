import { actorOf, codeOf, setupRoster, type TestRoster } from '../roster-test.fixture';

describe('AuthService.authenticatePassword', () => {
  let t: TestRoster;
  const login = (identifier: string, password: string, clientAddress?: string) =>
    t.roster.auth.authenticatePassword({ tenantId: 't1', identifier, password, ...(clientAddress ? { clientAddress } : {}) });

  beforeEach(async () => {
    t = await setupRoster();
    await t.seedUser({
      role: 'organizationAdministrator',
      organizationId: 2,
      email: 'ann@acme.example.com',
      login: 'ann',
      passwordHash: 'hashed:right',
      permissions: ['site:manage'],
    });
  });

  it('signs in by e-mail (any case) or login, and records the sign-in', async () => {
    const actor = await login(' ANN@acme.example.com ', 'right');
    expect(actor).toMatchObject({
      tenantId: 't1',
      kind: 'user',
      id: 1,
      role: 'organizationAdministrator',
      organizationId: 2,
      scopeOrganizationId: 2,
    });
    expect(actor.permissions.has('site:manage') && actor.permissions.has('user:read')).toBe(true);
    await expect(login('ANN', 'right')).resolves.toMatchObject({ id: 1 });
    expect((await t.stores.users.findById('t1', 1))?.lastLoginAt).toEqual(t.clock.current);
  });

  it('gives a tenant-wide role the whole tenant', async () => {
    await t.seedUser({ role: 'administrator', organizationId: 3, login: 'boss', passwordHash: 'hashed:pw' });
    expect(await login('boss', 'pw')).toMatchObject({ scopeOrganizationId: null, organizationId: 3 });
  });

  it('refuses a wrong password, another tenant and inactive users', async () => {
    await t.seedUser({ role: 'administrator', organizationId: 1, login: 'gone', passwordHash: 'hashed:pw', status: 'inactive' });
    await t.seedUser({ role: 'administrator', organizationId: 1, login: 'new', passwordHash: 'hashed:pw', status: 'pending' });
    expect(await codeOf(login('ann', 'wrong'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(login('gone', 'pw'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(login('new', 'pw'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(t.roster.auth.authenticatePassword({ tenantId: 't2', identifier: 'ann', password: 'right' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect((await t.stores.users.findById('t1', 1))?.lastLoginAt).toBeNull();
  });

  it('verifies a dummy hash, computed once, when the user is unknown', async () => {
    expect(await codeOf(login('nobody', 'guess'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(login('nobody@acme.example.com', 'guess2'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(login('', 'guess3'))).toBe('UNAUTHENTICATED');
    expect(t.hasher.verified.map((v) => v.password)).toEqual(['guess', 'guess2', 'guess3']);
    const dummies = new Set(t.hasher.verified.map((v) => v.hash));
    expect(dummies.size).toBe(1);
    expect([...dummies][0]).not.toBe('hashed:right');
    expect(t.hasher.hashed).toHaveLength(1);
  });

  it('verifies a dummy hash for a user without a password', async () => {
    await t.seedUser({ role: 'user', organizationId: 1, login: 'nopass', passwordHash: null });
    expect(await codeOf(login('nopass', ''))).toBe('UNAUTHENTICATED');
    expect(t.hasher.verified).toHaveLength(1);
  });

  it('throttles a login after 10 failures, even with the right password', async () => {
    for (let i = 0; i < 10; i += 1) expect(await codeOf(login('ann', `wrong${i}`))).toBe('UNAUTHENTICATED');
    const error = await login('ann', 'right').catch((e) => e);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.details.retryAfterSeconds).toBeLessThanOrEqual(900);
    expect(await codeOf(login('ANN', 'right'))).toBe('RATE_LIMITED');
    await expect(login('ann@acme.example.com', 'right')).resolves.toBeDefined(); // another identifier, another count
  });

  it('throttles unknown logins alike', async () => {
    for (let i = 0; i < 10; i += 1) await codeOf(login('ghost', 'x'));
    expect(await codeOf(login('ghost', 'x'))).toBe('RATE_LIMITED');
  });

  it('counts failures per tenant', async () => {
    for (let i = 0; i < 10; i += 1) {
      await codeOf(t.roster.auth.authenticatePassword({ tenantId: 't2', identifier: 'ann', password: 'x' }));
    }
    await expect(login('ann', 'right')).resolves.toBeDefined();
  });

  it('clears the count of a login on success', async () => {
    for (let i = 0; i < 9; i += 1) await codeOf(login('ann', 'wrong'));
    await login('ann', 'right');
    for (let i = 0; i < 9; i += 1) await codeOf(login('ann', 'wrong'));
    await expect(login('ann', 'right')).resolves.toBeDefined();
  });

  it('throttles a client address across logins, with limits the host may change', async () => {
    t = await setupRoster({}, { passwordThrottle: { perAddress: 3, perLogin: 50 } });
    await t.seedUser({ role: 'administrator', organizationId: 1, login: 'ann', passwordHash: 'hashed:right' });
    for (const name of ['a', 'b', 'c']) await codeOf(login(name, 'x', '203.0.113.9'));
    expect(await codeOf(login('ann', 'right', '203.0.113.9'))).toBe('RATE_LIMITED');
    await expect(login('ann', 'right', '198.51.100.1')).resolves.toBeDefined();
  });

  it('lets attempts through again once the window has passed', async () => {
    t = await setupRoster({}, { passwordThrottle: { perLogin: 2, windowSeconds: 1 } });
    await t.seedUser({ role: 'administrator', organizationId: 1, login: 'ann', passwordHash: 'hashed:right' });
    await codeOf(login('ann', 'x'));
    await codeOf(login('ann', 'x'));
    expect(await codeOf(login('ann', 'right'))).toBe('RATE_LIMITED');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expect(login('ann', 'right')).resolves.toBeDefined();
  });

  it('reports failures to the event sink without any secret', async () => {
    await codeOf(login('ann', 'wrong-secret'));
    expect(t.events.events).toEqual([{ type: 'auth.failed', tenantId: 't1', reason: 'wrong_password' }]);
  });

  it('gives an actor that the user services accept', async () => {
    const actor = await login('ann', 'right');
    await expect(t.roster.users.create(actor, { email: 'made@acme.example.com', organizationId: 4 })).resolves.toBeDefined();
    expect(await codeOf(t.roster.users.create(actor, { email: 'out@acme.example.com', organizationId: 3 }))).toBe('OUT_OF_SCOPE');
    expect(actorOf('organizationAdministrator', 2).scopeOrganizationId).toBe(actor.scopeOrganizationId);
  });
});
