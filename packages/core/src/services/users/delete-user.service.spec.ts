import { actorOf, codeOf, setupRoster, type TestRoster } from '../roster-test.fixture';

describe('UserService.delete', () => {
  let t: TestRoster;
  const admin = actorOf('administrator');

  beforeEach(async () => {
    t = await setupRoster({ seatLimit: 2 });
  });

  it('removes the user, gives its seat back and emits user.deleted', async () => {
    const user = await t.seedUser({ role: 'user', organizationId: 1 });
    await t.seedUser({ role: 'user', organizationId: 1 });
    expect(await codeOf(t.roster.users.create(admin, { email: 'n@acme.example.com' }))).toBe('SEAT_LIMIT_REACHED');
    await t.roster.users.delete(admin, { id: user.id });
    expect(await t.stores.users.findById('t1', user.id)).toBeNull();
    expect(await t.stores.tenants.countUsers('t1')).toBe(1);
    expect(await codeOf(t.roster.users.get(admin, { id: user.id }))).toBe('USER_NOT_FOUND');
    await expect(t.roster.users.create(admin, { email: 'n@acme.example.com' })).resolves.toBeDefined();
    expect(t.events.events[0]).toEqual({ type: 'user.deleted', tenantId: 't1', userId: user.id });
  });

  it('deletes by public id and e-mail too', async () => {
    const a = await t.seedUser({ role: 'user', organizationId: 1 });
    const b = await t.seedUser({ role: 'user', organizationId: 1, email: 'b@acme.example.com' });
    await t.roster.users.delete(admin, { publicId: a.publicId });
    await t.roster.users.delete(admin, { email: 'B@acme.example.com' });
    expect(await t.stores.tenants.countUsers('t1')).toBe(0);
    expect(b.id).toBe(2);
  });

  it('checks permission, existence and scope, then rank', async () => {
    const outsideBoss = await t.seedUser({ role: 'owner', organizationId: 3 });
    const insideBoss = await t.seedUser({ role: 'administrator', organizationId: 4 });
    const orgAdmin = actorOf('organizationAdministrator', 2);
    expect(await codeOf(t.roster.users.delete(actorOf('publisher'), { id: 404 }))).toBe('PERMISSION_DENIED');
    expect(await codeOf(t.roster.users.delete(orgAdmin, { id: 404 }))).toBe('USER_NOT_FOUND');
    expect(await codeOf(t.roster.users.delete(orgAdmin, { id: outsideBoss.id }))).toBe('USER_NOT_FOUND');
    expect(await codeOf(t.roster.users.delete(orgAdmin, { id: insideBoss.id }))).toBe('TARGET_ABOVE_ACTOR');
    expect(await codeOf(t.roster.users.delete(admin, { id: outsideBoss.id }))).toBe('TARGET_ABOVE_ACTOR');
    expect(await t.stores.tenants.countUsers('t1')).toBe(2);
    expect(t.events.events).toEqual([]);
  });

  it('deletes a user only once under concurrent deletes', async () => {
    const user = await t.seedUser({ role: 'user', organizationId: 1 });
    await t.seedUser({ role: 'user', organizationId: 1 });
    const results = await Promise.allSettled([1, 2, 3].map(() => t.roster.users.delete(admin, { id: user.id })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await t.stores.tenants.countUsers('t1')).toBe(1);
  });
});
