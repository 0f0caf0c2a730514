import { actorOf, codeOf, setupRoster, type TestRoster } from '../roster-test.fixture';

/** GroupService create, rename and delete over the memory stores: the rules, the store's uniqueness and the audit events. */
describe('GroupService writes', () => {
  let t: TestRoster;
  const admin = actorOf('administrator', 1, 't1', 'key-admin');
  const trail = async () => [...(await t.stores.auditEvents.list({ tenantId: 't1', limit: 100 }))].reverse();

  beforeEach(async () => {
    t = await setupRoster();
  });

  it('creates (trimmed, in the root organization unless told), renames and deletes, each with its audit event', async () => {
    const created = await t.roster.groups.create(admin, { name: '  Sales  ' });
    const now = t.clock.now();
    expect(created).toEqual({
      tenantId: 't1',
      id: 13,
      name: 'Sales',
      organizationId: 1,
      version: 1,
      externalId: null,
      createdAt: now,
      updatedAt: now,
    });
    expect(await t.roster.groups.create(admin, { name: 'Ops', organizationId: 3 })).toMatchObject({ id: 14, organizationId: 3 });
    t.clock.advance(60);
    expect(await t.roster.groups.rename(admin, 13, 'Sales EMEA')).toMatchObject({
      id: 13,
      name: 'Sales EMEA',
      createdAt: now,
      updatedAt: t.clock.now(),
    });
    expect(await t.roster.groups.rename(admin, 13, 'Sales EMEA')).toMatchObject({ name: 'Sales EMEA' });
    await t.roster.groups.delete(admin, 13);
    expect(await t.roster.groups.find(admin, 13)).toBeNull();

    const events = (await trail()).map((event) => [event.type, event.target, event.changes]);
    expect(events).toEqual([
      [
        'group.created',
        { kind: 'group', id: '13' },
        [
          { field: 'name', before: null, after: 'Sales' },
          { field: 'organizationId', before: null, after: 1 },
        ],
      ],
      [
        'group.created',
        { kind: 'group', id: '14' },
        [
          { field: 'name', before: null, after: 'Ops' },
          { field: 'organizationId', before: null, after: 3 },
        ],
      ],
      ['group.updated', { kind: 'group', id: '13' }, [{ field: 'name', before: 'Sales', after: 'Sales EMEA' }]],
      [
        'group.deleted',
        { kind: 'group', id: '13' },
        [
          { field: 'name', before: 'Sales EMEA', after: null },
          { field: 'organizationId', before: 1, after: null },
        ],
      ],
    ]);
  });

  it('refuses a taken name in any case, a bad name, an unknown organization or group, and writes no event then', async () => {
    expect(await codeOf(t.roster.groups.create(admin, { name: 'GROUP 10' }))).toBe('GROUP_NAME_TAKEN');
    expect(await codeOf(t.roster.groups.rename(admin, 11, 'group 10'))).toBe('GROUP_NAME_TAKEN');
    expect(await codeOf(t.roster.groups.create(admin, { name: '   ' }))).toBe('VALIDATION_FAILED');
    expect(await codeOf(t.roster.groups.create(admin, { name: 'x'.repeat(256) }))).toBe('VALIDATION_FAILED');
    expect(await codeOf(t.roster.groups.create(admin, { name: 'Tab\there' }))).toBe('VALIDATION_FAILED');
    expect(await codeOf(t.roster.groups.create(admin, { name: 'Far', organizationId: 99 }))).toBe('ORGANIZATION_NOT_FOUND');
    expect(await codeOf(t.roster.groups.rename(admin, 99, 'Free'))).toBe('GROUP_NOT_FOUND');
    expect(await codeOf(t.roster.groups.delete(admin, 99))).toBe('GROUP_NOT_FOUND');
    expect(await trail()).toEqual([]);
  });

  it('needs user:manage (or scim:provision) and a tenant-wide actor', async () => {
    expect(await codeOf(t.roster.groups.create(actorOf('publisher'), { name: 'X' }))).toBe('PERMISSION_DENIED');
    const orgAdmin = actorOf('organizationAdministrator', 2);
    expect(await codeOf(t.roster.groups.create(orgAdmin, { name: 'X' }))).toBe('OUT_OF_SCOPE');
    expect(await codeOf(t.roster.groups.rename(orgAdmin, 11, 'X'))).toBe('OUT_OF_SCOPE');
    expect(await codeOf(t.roster.groups.delete(orgAdmin, 11))).toBe('OUT_OF_SCOPE');
    const provisioner = { ...actorOf('user'), permissions: new Set(['scim:provision' as const]) };
    expect(await t.roster.groups.create(provisioner, { name: 'From the IdP' })).toMatchObject({ name: 'From the IdP' });
  });

  it('holds a rename and a delete to the version named (PRECONDITION_FAILED otherwise); a rename with a version is written even when the name stays', async () => {
    expect(await codeOf(t.roster.groups.rename(admin, 11, 'Renamed', { expectedVersion: 2 }))).toBe('PRECONDITION_FAILED');
    expect(await codeOf(t.roster.groups.delete(admin, 11, { expectedVersion: 2 }))).toBe('PRECONDITION_FAILED');
    expect(await t.roster.groups.rename(admin, 11, 'Renamed', { expectedVersion: 1 })).toMatchObject({ name: 'Renamed', version: 2 });
    expect(await t.roster.groups.rename(admin, 11, 'Renamed')).toMatchObject({ version: 2 });
    expect(await t.roster.groups.update(admin, 11, {}, { expectedVersion: 2 })).toMatchObject({ name: 'Renamed', version: 3 });
    await t.roster.groups.delete(admin, 11, { expectedVersion: 3 });
    expect(await t.roster.groups.find(admin, 11)).toBeNull();
    expect((await trail()).map((event) => event.type)).toEqual(['group.updated', 'group.deleted']);
  });

  it('keeps an externalId as sent (audited), clears it with null or an empty string, refuses one too long', async () => {
    const created = await t.roster.groups.create(admin, { name: 'Linked', externalId: ' Ab-1 ' });
    expect(created).toMatchObject({ externalId: ' Ab-1 ', version: 1 });
    expect((await t.roster.groups.list(admin, { externalId: ' Ab-1 ' })).map((group) => group.id)).toEqual([created.id]);
    expect(await t.roster.groups.update(admin, created.id, { externalId: '' })).toMatchObject({ externalId: null, version: 2 });
    expect(await codeOf(t.roster.groups.update(admin, created.id, { externalId: 'x'.repeat(256) }))).toBe('VALIDATION_FAILED');
    const events = (await trail()).map((event) => [event.type, event.changes.filter((change) => change.field === 'externalId')]);
    expect(events).toEqual([
      ['group.created', [{ field: 'externalId', before: null, after: ' Ab-1 ' }]],
      ['group.updated', [{ field: 'externalId', before: ' Ab-1 ', after: null }]],
    ]);
  });

  it('removes the memberships of a deleted group; the users stay', async () => {
    const { user } = await t.roster.users.create(admin, { email: 'ann@acme.example.com', role: 'user', groupIds: [10, 11] });
    await t.roster.groups.delete(admin, 10);
    expect(await t.roster.users.get(admin, { id: user.id })).toMatchObject({ groupIds: [11], version: user.version + 1 });
  });

  it('records a user.updated event (audit, then the event sink) for each member a delete removes, as a user write of groupIds does', async () => {
    const { user: ann } = await t.roster.users.create(admin, { email: 'ann@acme.example.com', role: 'user', groupIds: [10, 11] });
    const { user: bob } = await t.roster.users.create(admin, { email: 'bob@acme.example.com', role: 'user', groupIds: [10] });
    await t.roster.users.create(admin, { email: 'cid@acme.example.com', role: 'user', groupIds: [11] });
    const sunk = t.events.events.length;
    await t.roster.groups.delete(admin, 10);
    const removed = (await trail()).filter((event) => event.type === 'user.updated');
    expect(removed.map((event) => [event.target, event.changes]).sort()).toEqual(
      [
        [{ kind: 'user', id: String(ann.id) }, [{ field: 'groupIds', before: [10, 11], after: [11] }]],
        [{ kind: 'user', id: String(bob.id) }, [{ field: 'groupIds', before: [10], after: [] }]],
      ].sort(),
    );
    expect(
      t.events.events
        .slice(sunk)
        .map((event) => [event.type, 'userId' in event ? event.userId : null])
        .sort(),
    ).toEqual(
      [
        ['user.updated', ann.id],
        ['user.updated', bob.id],
      ].sort(),
    );
  });
});
