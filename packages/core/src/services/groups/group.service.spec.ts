import { actorOf, codeOf, setupRoster, type TestRoster } from '../roster-test.fixture';

describe('GroupService.list and find', () => {
  let t: TestRoster;

  beforeEach(async () => {
    t = await setupRoster();
  });

  it('lists the tenant’s groups by id for a tenant-wide actor, by exact name when asked', async () => {
    const admin = actorOf('administrator');
    expect((await t.roster.groups.list(admin)).map((group) => group.id)).toEqual([10, 11, 12]);
    expect((await t.roster.groups.list(admin, { name: 'Group 11' })).map((group) => group.id)).toEqual([11]);
    expect(await t.roster.groups.list(admin, { name: 'group 11' })).toEqual([]);
    expect(await t.roster.groups.find(admin, 12)).toEqual({
      tenantId: 't1',
      id: 12,
      name: 'Group 12',
      organizationId: 3,
      version: 1,
      externalId: null,
      createdAt: new Date('2026-01-01T00:00:00.000Z'),
      updatedAt: new Date('2026-01-01T00:00:00.000Z'),
    });
    expect(await t.roster.groups.find(admin, 99)).toBeNull();
    expect(await t.roster.groups.find(admin, Number.NaN)).toBeNull();
  });

  it('shows an organization-bound actor only the groups of its subtree (as assignGroups does for memberships)', async () => {
    const orgAdmin = actorOf('organizationAdministrator', 2);
    expect((await t.roster.groups.list(orgAdmin)).map((group) => group.id)).toEqual([11]);
    expect(await t.roster.groups.list(orgAdmin, { name: 'Group 10' })).toEqual([]);
    expect(await t.roster.groups.find(orgAdmin, 10)).toBeNull();
    expect(await t.roster.groups.find(orgAdmin, 11)).toMatchObject({ id: 11 });
  });

  it('needs user:read', async () => {
    expect(await codeOf(t.roster.groups.list(actorOf('publisher')))).toBe('PERMISSION_DENIED');
    expect(await codeOf(t.roster.groups.find(actorOf('publisher'), 10))).toBe('PERMISSION_DENIED');
  });
});
