import { actorOf, codeOf, setupRoster, type TestRoster } from '../roster-test.fixture';

describe('UserService.update', () => {
  let t: TestRoster;
  const admin = actorOf('administrator');

  beforeEach(async () => {
    t = await setupRoster();
  });

  it('changes only the fields sent, bumps the version and sets updatedAt', async () => {
    const user = await t.seedUser({ role: 'user', organizationId: 1, firstName: 'Ann', lastName: 'Lee', source: 'crm' });
    t.clock.advance(60);
    const { user: view } = await t.roster.users.update(
      admin,
      { id: user.id },
      {
        firstName: 'Anna',
        email: 'ANNA@acme.example.com',
        settings: { notifications: false },
      },
    );
    expect(view).toMatchObject({
      firstName: 'Anna',
      lastName: 'Lee',
      name: 'Anna Lee',
      email: 'anna@acme.example.com',
      source: 'crm',
      settings: { theme: 'system', notifications: false },
      version: 2,
      createdAt: user.createdAt,
      updatedAt: t.clock.current,
    });
    expect(view).not.toHaveProperty('passwordHash');
    const stored = await t.stores.users.findById('t1', user.id);
    expect(stored).toMatchObject({ version: 2, passwordHash: user.passwordHash, email: 'anna@acme.example.com' });
    expect(t.events.events).toEqual([{ type: 'user.updated', tenantId: 't1', userId: user.id }]);
  });

  it('hashes a new password', async () => {
    const user = await t.seedUser({ role: 'user', organizationId: 1 });
    await t.roster.users.update(admin, { id: user.id }, { password: 'new secret' });
    expect((await t.stores.users.findById('t1', user.id))?.passwordHash).toBe('hashed:new secret');
  });

  it('replaces permissions, role, organization and status', async () => {
    const user = await t.seedUser({ role: 'user', organizationId: 1, permissions: ['course:enroll', 'media:manage'] });
    const { user: view } = await t.roster.users.update(
      admin,
      { id: user.id },
      {
        permissions: ['site:manage'],
        role: 'publisher',
        organizationId: 7,
        status: 'inactive',
      },
    );
    expect(view).toMatchObject({ permissions: ['site:manage'], role: 'publisher', organizationId: 7, status: 'inactive' });
  });

  it('lets the user keep its own e-mail and login', async () => {
    const user = await t.seedUser({ role: 'user', organizationId: 1, email: 'me@acme.example.com', login: 'me' });
    await expect(t.roster.users.update(admin, { id: user.id }, { email: 'ME@acme.example.com', login: 'ME' })).resolves.toBeDefined();
  });

  describe('errors', () => {
    let target: { id: number };
    beforeEach(async () => {
      await t.seedUser({ role: 'user', organizationId: 1, email: 'other@acme.example.com', login: 'other' });
      target = await t.seedUser({ role: 'user', organizationId: 4 });
    });
    const orgAdmin = actorOf('organizationAdministrator', 2);

    it.each([
      ['PERMISSION_DENIED', actorOf('publisher', 2), { firstName: 'x' }],
      ['VALIDATION_FAILED', orgAdmin, { email: 'broken' }],
      ['VALIDATION_FAILED', orgAdmin, { email: null }],
      ['ROLE_UNKNOWN', orgAdmin, { role: 'boss' }],
      ['ROLE_ABOVE_ACTOR', orgAdmin, { role: 'owner' }],
      ['PERMISSION_NOT_HELD', orgAdmin, { permissions: ['setting:manage'] }],
      ['ORGANIZATION_NOT_FOUND', orgAdmin, { organizationId: 99 }],
      ['OUT_OF_SCOPE', orgAdmin, { organizationId: 1 }],
      ['EMAIL_TAKEN', orgAdmin, { email: 'OTHER@acme.example.com' }],
      ['LOGIN_TAKEN', orgAdmin, { login: 'Other' }],
    ] as const)('%s', async (code, actor, input) => {
      expect(await codeOf(t.roster.users.update(actor, { id: target.id }, input))).toBe(code);
      expect((await t.stores.users.findById('t1', target.id))?.version).toBe(1);
    });

    it('answers USER_NOT_FOUND for a missing user or one outside the scope, before any other check', async () => {
      const outside = await t.seedUser({ role: 'owner', organizationId: 3, backendAccess: true });
      expect(await codeOf(t.roster.users.update(orgAdmin, { id: 404 }, { role: 'owner' }))).toBe('USER_NOT_FOUND');
      expect(await codeOf(t.roster.users.update(orgAdmin, { id: outside.id }, { role: 'owner' }, { refuseBackendAccess: true }))).toBe(
        'USER_NOT_FOUND',
      );
    });

    it('refuses users ranked above the actor, before looking at the change', async () => {
      const boss = await t.seedUser({ role: 'owner', organizationId: 6 });
      expect(await codeOf(t.roster.users.update(orgAdmin, { id: boss.id }, { role: 'owner' }))).toBe('TARGET_ABOVE_ACTOR');
      expect(await codeOf(t.roster.users.update(admin, { id: boss.id }, { firstName: 'x' }))).toBe('TARGET_ABOVE_ACTOR');
    });

    it('protects users with backend access when asked to', async () => {
      const staff = await t.seedUser({ role: 'user', organizationId: 1, backendAccess: true });
      expect(await codeOf(t.roster.users.update(admin, { id: staff.id }, { firstName: 'x' }, { refuseBackendAccess: true }))).toBe(
        'USER_PROTECTED',
      );
      await expect(t.roster.users.update(admin, { id: staff.id }, { firstName: 'x' })).resolves.toBeDefined();
    });

    it('answers VERSION_CONFLICT when the user changed meanwhile', async () => {
      t.hasher.onHash = async () => {
        t.hasher.onHash = null;
        await t.roster.users.update(admin, { id: target.id }, { firstName: 'first' });
      };
      expect(await codeOf(t.roster.users.update(admin, { id: target.id }, { password: 'slow hash' }))).toBe('VERSION_CONFLICT');
      expect(await t.stores.users.findById('t1', target.id)).toMatchObject({ firstName: 'first', version: 2 });
    });
  });

  it('replaces groups, reports the ones it cannot give, and keeps memberships the actor cannot see', async () => {
    const user = await t.seedUser({ role: 'user', organizationId: 2, groupIds: [10, 12] });
    const orgAdmin = actorOf('organizationAdministrator', 2);
    const result = await t.roster.users.update(orgAdmin, { id: user.id }, { groupIds: [11, 99] });
    expect(result.exceededGroupIds).toEqual([99]);
    expect([...result.user.groupIds].sort()).toEqual([10, 11, 12]);
    const byAdmin = await t.roster.users.update(admin, { id: user.id }, { groupIds: [] });
    expect([byAdmin.user.groupIds, byAdmin.exceededGroupIds]).toEqual([[], []]);
  });
});
