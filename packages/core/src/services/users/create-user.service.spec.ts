import { actorOf, codeOf, setupRoster, type TestRoster } from '../roster-test.fixture';
import type { CreateUserInput } from '../user-service.types';

describe('UserService.create', () => {
  let t: TestRoster;
  const admin = actorOf('administrator');

  beforeEach(async () => {
    t = await setupRoster();
  });

  it('creates a user with the defaults and returns a view without the hash', async () => {
    const { user, exceededGroupIds } = await t.roster.users.create(admin, { email: '  New@Acme.Example.com ' });
    expect(user).toMatchObject({
      tenantId: 't1',
      id: 1,
      email: 'new@acme.example.com',
      login: null,
      role: 'user',
      status: 'active',
      organizationId: 1,
      permissions: ['course:enroll'],
      source: 'api',
      groupIds: [],
      version: 1,
      settings: { theme: 'system', notifications: true },
      subscribedToUpdates: true,
      backendAccess: false,
      createdAt: t.clock.current,
      updatedAt: t.clock.current,
      lastLoginAt: null,
    });
    expect(user.publicId).toMatch(/^usr_/);
    expect(user).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(user)).not.toContain('hashed:');
    expect(exceededGroupIds).toEqual([]);
    expect(await t.stores.tenants.countUsers('t1')).toBe(1);
  });

  it('stores no hash and hashes nothing when no password is given (nobody will ever know a generated one)', async () => {
    const { user } = await t.roster.users.create(admin, { email: 'a@acme.example.com' });
    await t.roster.users.create(admin, { email: 'b@acme.example.com', generatedPasswordLength: 24 });
    expect(t.hasher.hashed).toEqual([]);
    expect(t.ids.passwordLengths).toEqual([]);
    expect((await t.stores.users.findById('t1', user.id))?.passwordHash).toBeNull();
    await expect(
      t.roster.auth.authenticatePassword({ tenantId: 't1', identifier: 'a@acme.example.com', password: 'anything' }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('hashes the password given', async () => {
    const { user } = await t.roster.users.create(admin, { email: 'a@acme.example.com', password: 's3cret pass' });
    expect((await t.stores.users.findById('t1', user.id))?.passwordHash).toBe('hashed:s3cret pass');
  });

  it('keeps the fields given and merges permissions with the tenant defaults', async () => {
    const input: CreateUserInput = {
      email: 'x@acme.example.com',
      login: ' xlogin ',
      firstName: 'Ada',
      lastName: 'Lovelace',
      role: 'publisher',
      permissions: ['media:manage', 'course:enroll'],
      status: 'pending',
      organizationId: 4,
      externalId: 7,
      source: 'crm',
      phoneNumber: '+1 555',
      liveScanner: true,
      subscribedToUpdates: false,
      settings: { theme: 'dark' },
      backendAccess: true,
    };
    const { user } = await t.roster.users.create(admin, input);
    expect(user).toMatchObject({
      login: 'xlogin',
      name: 'Ada Lovelace',
      role: 'publisher',
      permissions: ['course:enroll', 'media:manage'],
      status: 'pending',
      organizationId: 4,
      externalId: 7,
      source: 'crm',
      phoneNumber: '+1 555',
      liveScanner: true,
      subscribedToUpdates: false,
      settings: { theme: 'dark', notifications: true },
      backendAccess: true,
    });
  });

  it("puts the user in a scoped actor's own organization by default", async () => {
    const { user } = await t.roster.users.create(actorOf('organizationAdministrator', 2), { email: 'a@acme.example.com' });
    expect(user.organizationId).toBe(2);
  });

  describe('errors, in the order they are checked', () => {
    // Each step fixes the previous violation, so the next check is the one that fails.
    const steps: [string, Partial<CreateUserInput>][] = [
      ['VALIDATION_FAILED', { email: 'not an e-mail' }],
      ['ROLE_UNKNOWN', { email: 'taken@acme.example.com', role: 'boss' }],
      ['ROLE_ABOVE_ACTOR', { role: 'administrator' }],
      ['PERMISSION_NOT_HELD', { role: 'user' }],
      ['ORGANIZATION_NOT_FOUND', { permissions: ['course:enroll'] }],
      ['OUT_OF_SCOPE', { organizationId: 3 }],
      ['EMAIL_TAKEN', { organizationId: 4 }],
      ['LOGIN_TAKEN', { email: 'free@acme.example.com' }],
      ['SEAT_LIMIT_REACHED', { login: 'free' }],
    ];

    it('answers with the first rule broken', async () => {
      t = await setupRoster({ seatLimit: 1 });
      await t.seedUser({ role: 'user', organizationId: 2, email: 'taken@acme.example.com', login: 'Taken' });
      const orgAdmin = actorOf('organizationAdministrator', 2);
      let input: CreateUserInput = {
        email: 'not an e-mail',
        role: 'boss',
        permissions: ['site:manage'],
        organizationId: 99,
        login: 'TAKEN',
      };
      expect(await codeOf(t.roster.users.create(actorOf('publisher', 2), input))).toBe('PERMISSION_DENIED');
      for (const [code, fix] of steps) {
        input = { ...input, ...fix };
        expect(await codeOf(t.roster.users.create(orgAdmin, input))).toBe(code);
      }
      await t.stores.tenants.releaseSeat('t1');
      await expect(t.roster.users.create(orgAdmin, input)).resolves.toBeDefined();
      expect(await t.stores.tenants.countUsers('t1')).toBe(1);
    });
  });

  it('needs an e-mail when the tenant identifies users by e-mail, a login when by login', async () => {
    expect(await codeOf(t.roster.users.create(admin, { login: 'jdoe' }))).toBe('VALIDATION_FAILED');
    const byLogin = await setupRoster({ identifyBy: 'login' });
    expect(await codeOf(byLogin.roster.users.create(admin, { email: 'a@acme.example.com' }))).toBe('VALIDATION_FAILED');
    await expect(byLogin.roster.users.create(admin, { login: 'jdoe' })).resolves.toMatchObject({ user: { email: null } });
  });

  it('reports every invalid field at once', async () => {
    const error = await t.roster.users.create(admin, { email: 'bad', status: 'gone' as never, groupIds: [0] }).catch((e) => e);
    expect(error.details.issues.map((issue: { field: string }) => issue.field)).toEqual(['email', 'status', 'groupIds']);
  });

  it('finds e-mails and logins taken case-insensitively', async () => {
    await t.roster.users.create(admin, { email: 'dup@acme.example.com', login: 'Dup' });
    expect(await codeOf(t.roster.users.create(admin, { email: 'DUP@acme.example.com' }))).toBe('EMAIL_TAKEN');
    expect(await codeOf(t.roster.users.create(admin, { email: 'other@acme.example.com', login: 'dUP' }))).toBe('LOGIN_TAKEN');
  });

  it('never exceeds the seat limit under concurrent creates', async () => {
    t = await setupRoster({ seatLimit: 3 });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => t.roster.users.create(admin, { email: `u${i}@acme.example.com` })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    const codes = results.flatMap((r) => (r.status === 'rejected' ? [r.reason.code] : []));
    expect(new Set(codes)).toEqual(new Set(['SEAT_LIMIT_REACHED']));
    expect(await t.stores.tenants.countUsers('t1')).toBe(3);
  });

  it('lets the store decide a race on the same e-mail', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => t.roster.users.create(admin, { email: 'race@acme.example.com' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.flatMap((r) => (r.status === 'rejected' ? [r.reason.code] : []))).toEqual(Array(4).fill('EMAIL_TAKEN'));
    expect(await t.stores.tenants.countUsers('t1')).toBe(1);
  });

  it('keeps the groups it can and reports unknown or out-of-scope ones', async () => {
    const orgAdmin = actorOf('organizationAdministrator', 2);
    const { user, exceededGroupIds } = await t.roster.users.create(orgAdmin, {
      email: 'g@acme.example.com',
      groupIds: [11, 10, 99, 11, 12],
    });
    expect(user.groupIds).toEqual([11]);
    expect(exceededGroupIds).toEqual([10, 99, 12]);
    const byAdmin = await t.roster.users.create(admin, { email: 'h@acme.example.com', groupIds: [10, 12, 42] });
    expect([byAdmin.user.groupIds, byAdmin.exceededGroupIds]).toEqual([[10, 12], [42]]);
  });

  it('sends the login e-mail after the commit, with the invitation and no password', async () => {
    await t.roster.users.create(admin, {
      email: 'mail@acme.example.com',
      firstName: 'Mia',
      loginEmail: { invitationMessage: 'Welcome aboard!' },
    });
    await t.roster.users.create(admin, { email: 'quiet@acme.example.com' });
    await t.roster.users.create(admin, { email: 'quiet2@acme.example.com', loginEmail: false });
    expect(t.mailer.outbox).toHaveLength(1);
    const [mail] = t.mailer.outbox;
    expect(mail?.to).toBe('mail@acme.example.com');
    expect(mail?.text).toContain('Welcome aboard!');
    expect(mail?.text).toContain('Hello Mia');
    expect(mail?.text).toMatch(/forgot password/);
    expect(mail?.text).not.toMatch(/generated-|hashed:/);
  });

  it('does not mention a chosen password in the mail either', async () => {
    await t.roster.users.create(admin, { email: 'p@acme.example.com', password: 'chosen-secret', loginEmail: {} });
    expect(t.mailer.outbox[0]?.text).not.toContain('chosen-secret');
  });

  it('still creates the user when the mailer fails', async () => {
    const failing = await setupRoster({}, { mailer: { send: () => Promise.reject(new Error('smtp down')) } });
    const { user } = await failing.roster.users.create(admin, { email: 'a@acme.example.com', loginEmail: {} });
    expect(await failing.stores.users.findById('t1', user.id)).not.toBeNull();
  });

  it('emits user.created, and nothing when the create fails', async () => {
    const { user } = await t.roster.users.create(admin, { email: 'e@acme.example.com' });
    await codeOf(t.roster.users.create(admin, { email: 'e@acme.example.com' }));
    expect(t.events.events).toEqual([{ type: 'user.created', tenantId: 't1', userId: user.id }]);
  });

  it('takes the e-mail as login when asked, only in a tenant that identifies users by login', async () => {
    const byLogin = await setupRoster({ identifyBy: 'login' });
    const created = await byLogin.roster.users.create(admin, { email: 'Ann@Acme.example.com', loginFromEmail: true });
    expect(created.user).toMatchObject({ login: 'Ann@Acme.example.com', email: 'ann@acme.example.com' });
    const chosen = await byLogin.roster.users.create(admin, { email: 'b@acme.example.com', login: 'bee', loginFromEmail: true });
    expect(chosen.user.login).toBe('bee');
    expect((await t.roster.users.create(admin, { email: 'c@acme.example.com', loginFromEmail: true })).user.login).toBeNull();
  });

  it('without a seat limit or groups asked, reads no seat count, no group list and no user before the insert', async () => {
    const calls: string[] = [];
    const spy = (name: string, target: object): void => {
      for (const method of ['countUsers', 'listGroups', 'listOrganizations', 'findByEmail', 'findByLogin']) {
        const original = (target as Record<string, unknown>)[method];
        if (typeof original !== 'function') continue;
        (target as Record<string, unknown>)[method] = (...args: unknown[]) => {
          calls.push(`${name}.${method}`);
          return (original as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
    };
    spy('tenants', t.stores.tenants);
    spy('users', t.stores.users);
    await t.roster.users.create(admin, { email: 'a@acme.example.com', login: 'a' });
    expect(calls).toEqual([]);
    expect(await codeOf(t.roster.users.create(admin, { email: 'A@acme.example.com' }))).toBe('EMAIL_TAKEN');
    expect(await codeOf(t.roster.users.create(admin, { email: 'b@acme.example.com', login: 'A' }))).toBe('LOGIN_TAKEN');
    await t.roster.users.create(admin, { email: 'g@acme.example.com', groupIds: [10] });
    expect(calls).toEqual(['tenants.listGroups']);
    expect(await t.stores.tenants.countUsers('t1')).toBe(2);
  });

  it('fails with TENANT_NOT_FOUND for an actor of an unknown tenant', async () => {
    expect(await codeOf(t.roster.users.create(actorOf('administrator', 1, 'nope'), { email: 'a@b.com' }))).toBe('TENANT_NOT_FOUND');
  });
});
