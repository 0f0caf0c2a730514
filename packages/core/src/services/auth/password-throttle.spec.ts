import { codeOf, setupRoster, type TestRoster } from '../roster-test.fixture';

/** The throttle under concurrent attempts, and attempts at an account nobody has. */
describe('PasswordThrottle', () => {
  let t: TestRoster;
  const login = (identifier: string, password: string, clientAddress?: string) =>
    t.roster.auth.authenticatePassword({ tenantId: 't1', identifier, password, ...(clientAddress ? { clientAddress } : {}) });

  beforeEach(async () => {
    t = await setupRoster();
    await t.seedUser({
      role: 'administrator',
      organizationId: 1,
      email: 'ann@acme.example.com',
      login: 'ann',
      passwordHash: 'hashed:right',
    });
  });

  it('lets no more than 10 failures through when the guesses arrive all at once', async () => {
    const codes = await Promise.all(Array.from({ length: 30 }, (_, i) => codeOf(login('ann', `wrong${i}`, '203.0.113.5'))));
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(20);
    expect(t.hasher.verified.filter((v) => v.hash === 'hashed:right')).toHaveLength(10);
    expect(await codeOf(login('ann', 'right'))).toBe('RATE_LIMITED');
  });

  it('lets simultaneous sign-ins with the right password all through, with or without an address', async () => {
    const actors = await Promise.all(Array.from({ length: 30 }, (_, i) => login('ann', 'right', i % 2 === 0 ? '203.0.113.6' : undefined)));
    expect(actors.map((actor) => actor.id)).toEqual(Array(30).fill(1));
  });

  it('lets right passwords through while some of the 10 tries are left, among wrong ones sent at the same time', async () => {
    const attempts = Array.from({ length: 12 }, (_, i) => (i < 5 ? login('ann', `wrong${i}`) : login('ann', 'right')));
    const codes = await Promise.all(attempts.map((attempt) => codeOf(attempt).catch(() => 'OK')));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    await expect(login('ann', 'right')).resolves.toMatchObject({ id: 1 });
  });

  it('treats an unknown account (tenant null) like an unknown user: a dummy hash is verified, and it is throttled', async () => {
    const unknownAccount = (password: string) =>
      t.roster.auth.authenticatePassword({ tenantId: null, identifier: 'ann', password, clientAddress: '192.0.2.4' });
    expect(await codeOf(unknownAccount('right'))).toBe('UNAUTHENTICATED');
    expect(t.hasher.verified).toHaveLength(1);
    expect(t.hasher.verified[0]!.hash).not.toBe('hashed:right');
    expect(t.events.events).toEqual([{ type: 'auth.failed', tenantId: null, reason: 'unknown_user' }]);
    for (let i = 0; i < 9; i += 1) await codeOf(unknownAccount(`x${i}`));
    expect(await codeOf(unknownAccount('x'))).toBe('RATE_LIMITED');
    // The same login of the real tenant is another count:
    await expect(login('ann', 'right')).resolves.toBeDefined();
  });

  it('gives the place back when the store fails, so the login is not blocked for good', async () => {
    const findByLogin = jest.spyOn(t.stores.users, 'findByLogin').mockRejectedValue(new Error('store down'));
    for (let i = 0; i < 15; i += 1) await expect(login('ann', 'right')).rejects.toThrow('store down');
    findByLogin.mockRestore();
    await expect(login('ann', 'right')).resolves.toMatchObject({ id: 1 });
  });
});
