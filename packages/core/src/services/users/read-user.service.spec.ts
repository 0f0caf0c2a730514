import { DEFAULT_ROLE_CATALOG, type Actor } from '../../domain';
import { effectivePermissions } from '../../rules';
import { actorOf, codeOf, setupRoster, type TestRoster } from '../roster-test.fixture';

describe('UserService.get and list', () => {
  let t: TestRoster;
  const admin = actorOf('administrator');

  beforeEach(async () => {
    t = await setupRoster();
  });

  it('finds a user by id, public id or e-mail (any case), without its hash', async () => {
    const seeded = await t.seedUser({ role: 'user', organizationId: 4, email: 'find@acme.example.com' });
    for (const ref of [{ id: seeded.id }, { publicId: seeded.publicId }, { email: ' FIND@acme.example.com' }]) {
      const view = await t.roster.users.get(admin, ref);
      expect(view).toMatchObject({ id: seeded.id, email: 'find@acme.example.com', name: seeded.firstName });
      expect(view).not.toHaveProperty('passwordHash');
    }
  });

  it('answers USER_NOT_FOUND for a missing user, a bad id or one outside the scope', async () => {
    const outside = await t.seedUser({ role: 'user', organizationId: 3 });
    const inside = await t.seedUser({ role: 'owner', organizationId: 6 });
    const orgAdmin = actorOf('organizationAdministrator', 2);
    expect(await codeOf(t.roster.users.get(admin, { id: 404 }))).toBe('USER_NOT_FOUND');
    expect(await codeOf(t.roster.users.get(admin, { id: -1 }))).toBe('USER_NOT_FOUND');
    expect(await codeOf(t.roster.users.get(admin, { publicId: 'usr_nobody' }))).toBe('USER_NOT_FOUND');
    expect(await codeOf(t.roster.users.get(orgAdmin, { id: outside.id }))).toBe('USER_NOT_FOUND');
    // Reading a user ranked above the actor is allowed: only changes are refused.
    await expect(t.roster.users.get(orgAdmin, { id: inside.id })).resolves.toMatchObject({ id: inside.id });
  });

  it('does not see users of another tenant', async () => {
    const seeded = await t.seedUser({ role: 'user', organizationId: 1 });
    // A read needs no tenant record, only the actor's tenant id: another tenant's user is not there.
    expect(await codeOf(t.roster.users.get(actorOf('administrator', 1, 'other'), { id: seeded.id }))).toBe('USER_NOT_FOUND');
  });

  it('tells whether an e-mail is taken by a user the actor can see, other than the one excepted', async () => {
    const inside = await t.seedUser({ role: 'user', organizationId: 4, email: 'in@acme.example.com' });
    await t.seedUser({ role: 'user', organizationId: 3, email: 'out@acme.example.com' });
    const orgAdmin = actorOf('organizationAdministrator', 2);
    expect(await t.roster.users.isEmailTaken(admin, ' IN@acme.example.com')).toBe(true);
    expect(await t.roster.users.isEmailTaken(admin, 'in@acme.example.com', inside.id)).toBe(false);
    expect(await t.roster.users.isEmailTaken(admin, 'out@acme.example.com')).toBe(true);
    expect(await t.roster.users.isEmailTaken(admin, 'none@acme.example.com')).toBe(false);
    expect(await t.roster.users.isEmailTaken(orgAdmin, 'in@acme.example.com')).toBe(true);
    expect(await t.roster.users.isEmailTaken(orgAdmin, 'out@acme.example.com')).toBe(false);
    expect(await codeOf(t.roster.users.isEmailTaken(actorOf('publisher'), 'in@acme.example.com'))).toBe('PERMISSION_DENIED');
  });

  it('needs user:read, which user:manage implies', async () => {
    const seeded = await t.seedUser({ role: 'user', organizationId: 1 });
    const reader: Actor = { ...actorOf('user'), permissions: effectivePermissions(DEFAULT_ROLE_CATALOG, 'user', ['user:read']) };
    expect(await codeOf(t.roster.users.get(actorOf('publisher'), { id: seeded.id }))).toBe('PERMISSION_DENIED');
    expect(await codeOf(t.roster.users.list(actorOf('publisher'), { page: 1, limit: 10 }))).toBe('PERMISSION_DENIED');
    await expect(t.roster.users.get(reader, { id: seeded.id })).resolves.toBeDefined();
    await expect(t.roster.users.list(reader, { page: 1, limit: 10 })).resolves.toBeDefined();
  });

  it('pages through the users in creation order', async () => {
    for (let i = 0; i < 5; i += 1) {
      await t.seedUser({ role: 'user', organizationId: 1 });
      t.clock.advance(1);
    }
    const page2 = await t.roster.users.list(admin, { page: 2, limit: 2 });
    expect(page2).toMatchObject({ total: 5, page: 2, limit: 2, pages: 3 });
    expect(page2.items.map((u) => u.id)).toEqual([3, 4]);
    expect(page2.items.every((u) => !('passwordHash' in u))).toBe(true);
    const past = await t.roster.users.list(admin, { page: 9, limit: 2 });
    expect([past.items, past.total, past.pages]).toEqual([[], 5, 3]);
  });

  it('walks by keyset position: next is the last item while more follow, the page is ignored', async () => {
    for (let i = 0; i < 5; i += 1) {
      await t.seedUser({ role: 'user', organizationId: 1 });
      t.clock.advance(1);
    }
    const first = await t.roster.users.list(admin, { page: 1, limit: 2 });
    expect(first.next).toEqual({ createdAt: first.items[1]?.createdAt, id: 2 });
    const second = await t.roster.users.list(admin, { page: 7, limit: 2, after: first.next ?? undefined });
    expect([second.items.map((u) => u.id), second.total, second.next?.id]).toEqual([[3, 4], 5, 4]);
    const last = await t.roster.users.list(admin, { page: 1, limit: 2, after: second.next ?? undefined });
    expect([last.items.map((u) => u.id), last.next]).toEqual([[5], null]);
  });

  it('filters by status, role, organization and group', async () => {
    await t.seedUser({ role: 'user', organizationId: 1, status: 'inactive' });
    await t.seedUser({ role: 'publisher', organizationId: 2, groupIds: [11] });
    await t.seedUser({ role: 'publisher', organizationId: 4 });
    const ids = async (input: object) => (await t.roster.users.list(admin, { page: 1, limit: 10, ...input })).items.map((u) => u.id);
    expect(await ids({ status: 'inactive' })).toEqual([1]);
    expect(await ids({ role: 'publisher' })).toEqual([2, 3]);
    expect(await ids({ organizationId: 2 })).toEqual([2]);
    expect(await ids({ groupId: 11 })).toEqual([2]);
  });

  it('shows an organization administrator its subtree only', async () => {
    for (const organizationId of [1, 2, 3, 4, 6, 7]) await t.seedUser({ role: 'user', organizationId });
    const orgAdmin = actorOf('organizationAdministrator', 2);
    const all = await t.roster.users.list(orgAdmin, { page: 1, limit: 10 });
    expect(all.items.map((u) => u.organizationId)).toEqual([2, 4, 6]);
    expect(all.total).toBe(3);
    const outside = await t.roster.users.list(orgAdmin, { page: 1, limit: 10, organizationId: 3 });
    expect(outside).toEqual({ items: [], total: 0, page: 1, limit: 10, pages: 0, next: null });
    const narrowed = await t.roster.users.list(orgAdmin, { page: 1, limit: 10, organizationId: 4 });
    expect(narrowed.items.map((u) => u.organizationId)).toEqual([4]);
  });

  it.each([[{ page: 0, limit: 10 }], [{ page: 1, limit: 0 }], [{ page: 1.5, limit: 10 }]])('refuses paging %j', async (paging) => {
    expect(await codeOf(t.roster.users.list(admin, paging))).toBe('VALIDATION_FAILED');
  });
});
