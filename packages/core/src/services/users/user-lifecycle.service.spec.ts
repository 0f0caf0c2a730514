import { actorOf, codeOf, setupRoster, type TestRoster } from '../roster-test.fixture';

const DAY = 86_400;

describe('UserLifecycleService (soft delete, restore, purge)', () => {
  let t: TestRoster;
  const admin = actorOf('administrator');

  beforeEach(async () => {
    t = await setupRoster({ seatLimit: 2 });
  });

  async function auditTypes(): Promise<string[]> {
    const events = await t.stores.auditEvents.list({ tenantId: 't1', limit: 100 });
    return events.map((event) => event.type).reverse();
  }

  it('soft-deletes: gone from reads and lists, seat given back, e-mail free, user.deleted audited', async () => {
    const user = await t.seedUser({ role: 'user', organizationId: 1, email: 'gone@acme.example.com' });
    await t.roster.userLifecycle.softDelete(admin, user.publicId);
    expect(await t.stores.users.findById('t1', user.id)).toBeNull();
    expect(await codeOf(t.roster.users.get(admin, { publicId: user.publicId }))).toBe('USER_NOT_FOUND');
    expect((await t.roster.users.list(admin, { page: 1, limit: 10 })).total).toBe(0);
    expect(await t.stores.tenants.countUsers('t1')).toBe(0);
    const listed = await t.roster.userLifecycle.listDeleted(admin, { limit: 10 });
    expect(listed.items.map((entry) => entry.user.publicId)).toEqual([user.publicId]);
    expect(listed.items[0]?.purgeAt.getTime()).toBe(t.clock.now().getTime() + 30 * DAY * 1000);
    expect(listed.items[0]?.user).not.toHaveProperty('passwordHash');
    await expect(t.roster.users.create(admin, { email: 'gone@acme.example.com' })).resolves.toBeDefined();
    expect(await auditTypes()).toEqual(['user.deleted', 'user.created']);
    expect(t.events.events[0]).toEqual({ type: 'user.deleted', tenantId: 't1', userId: user.id });
  });

  it('restores within retention with its id, fields and groups; a new version; user.restored audited', async () => {
    // Group 99 does not exist (as if deleted meanwhile): its membership is dropped.
    const user = await t.seedUser({ role: 'user', organizationId: 1, groupIds: [10, 99] });
    await t.roster.userLifecycle.softDelete(admin, user.publicId);
    t.clock.advance(29 * DAY);
    const restored = await t.roster.userLifecycle.restore(admin, user.publicId);
    expect(restored).toMatchObject({ id: user.id, publicId: user.publicId, email: user.email, groupIds: [10], version: user.version + 1 });
    expect(await t.roster.users.get(admin, { id: user.id })).toMatchObject({ publicId: user.publicId });
    expect((await t.roster.userLifecycle.listDeleted(admin, { limit: 10 })).total).toBe(0);
    expect(await t.stores.tenants.countUsers('t1')).toBe(1);
    expect(await auditTypes()).toEqual(['user.deleted', 'user.restored']);
    expect(await codeOf(t.roster.userLifecycle.restore(admin, user.publicId))).toBe('USER_NOT_FOUND');
  });

  it('refuses a restore past retention, when the e-mail was taken meanwhile, or when no seat is free', async () => {
    const a = await t.seedUser({ role: 'user', organizationId: 1, email: 'a@acme.example.com' });
    const b = await t.seedUser({ role: 'user', organizationId: 1, email: 'b@acme.example.com' });
    await t.roster.userLifecycle.softDelete(admin, a.publicId);
    await t.roster.userLifecycle.softDelete(admin, b.publicId);
    await t.roster.users.create(admin, { email: 'a@acme.example.com' });
    expect(await codeOf(t.roster.userLifecycle.restore(admin, a.publicId))).toBe('EMAIL_TAKEN');
    await t.roster.users.create(admin, { email: 'c@acme.example.com' });
    expect(await codeOf(t.roster.userLifecycle.restore(admin, b.publicId))).toBe('SEAT_LIMIT_REACHED');
    // A refused restore changed nothing: both are still soft-deleted.
    expect((await t.roster.userLifecycle.listDeleted(admin, { limit: 10 })).total).toBe(2);
    expect(await t.stores.tenants.countUsers('t1')).toBe(2);
    t.clock.advance(30 * DAY);
    expect(await codeOf(t.roster.userLifecycle.restore(admin, b.publicId))).toBe('USER_NOT_FOUND');
  });

  it('follows the tenant retention and purges in batches, each with user.purged', async () => {
    await t.roster.tenantAdmin.update('t1', { deletedUserRetentionDays: 7, seatLimit: null });
    const users = [];
    for (let i = 0; i < 5; i += 1) users.push(await t.seedUser({ role: 'user', organizationId: 1 }));
    for (const user of users.slice(0, 3)) await t.roster.userLifecycle.softDelete(admin, user.publicId);
    t.clock.advance(6 * DAY);
    for (const user of users.slice(3)) await t.roster.userLifecycle.softDelete(admin, user.publicId);
    expect(await t.roster.purgeDeletedUsers()).toEqual({ purged: 0 });
    t.clock.advance(DAY);
    expect(await t.roster.purgeDeletedUsers({ batchSize: 2 })).toEqual({ purged: 3 });
    const left = await t.roster.userLifecycle.listDeleted(admin, { limit: 10 });
    expect(left.items.map((entry) => entry.user.id)).toEqual([users[3]?.id, users[4]?.id]);
    expect((await auditTypes()).filter((type) => type === 'user.purged')).toHaveLength(3);
  });

  it('purges at once, a soft-deleted user or a live one (which gives its seat back)', async () => {
    const gone = await t.seedUser({ role: 'user', organizationId: 1 });
    const live = await t.seedUser({ role: 'user', organizationId: 1 });
    await t.roster.userLifecycle.softDelete(admin, gone.publicId);
    await t.roster.userLifecycle.purge(admin, gone.publicId);
    await t.roster.userLifecycle.purge(admin, live.publicId);
    expect(await t.stores.tenants.countUsers('t1')).toBe(0);
    expect((await t.roster.userLifecycle.listDeleted(admin, { limit: 10 })).total).toBe(0);
    expect(await codeOf(t.roster.userLifecycle.purge(admin, gone.publicId))).toBe('USER_NOT_FOUND');
    expect(await auditTypes()).toEqual(['user.deleted', 'user.purged', 'user.purged']);
  });

  it('checks permission, scope and rank as a delete does', async () => {
    const boss = await t.seedUser({ role: 'owner', organizationId: 1 });
    const outside = await t.seedUser({ role: 'user', organizationId: 3 });
    const orgAdmin = actorOf('organizationAdministrator', 2);
    expect(await codeOf(t.roster.userLifecycle.softDelete(actorOf('publisher'), boss.publicId))).toBe('PERMISSION_DENIED');
    expect(await codeOf(t.roster.userLifecycle.listDeleted(actorOf('publisher'), { limit: 1 }))).toBe('PERMISSION_DENIED');
    expect(await codeOf(t.roster.userLifecycle.softDelete(admin, boss.publicId))).toBe('TARGET_ABOVE_ACTOR');
    await t.roster.userLifecycle.softDelete(admin, outside.publicId);
    expect(await codeOf(t.roster.userLifecycle.restore(orgAdmin, outside.publicId))).toBe('USER_NOT_FOUND');
    expect(await codeOf(t.roster.userLifecycle.purge(orgAdmin, outside.publicId))).toBe('USER_NOT_FOUND');
    expect((await t.roster.userLifecycle.listDeleted(orgAdmin, { limit: 10 })).items).toEqual([]);
  });

  it('keeps a tenant holding soft-deleted users from being deleted', async () => {
    const user = await t.seedUser({ role: 'user', organizationId: 1 });
    await t.roster.userLifecycle.softDelete(admin, user.publicId);
    expect(await codeOf(t.roster.tenantAdmin.delete('t1'))).toBe('TENANT_NOT_EMPTY');
  });
});
