import { expect, it } from '@jest/globals';
import { fixture } from './conformance-fixture';
import { GROUP_SCHEMA, groupFilter, memberIds, resources, scimUserCreator } from './scim-group-helpers';
import { expectScimError, patch, SCIM_JSON, type ScimSend } from './scim-client';

const keys = fixture.acme.keys;
/** The bootstrap's groups: created when the host started, unchanged since (an RFC 3339 date-time). */
const BOOTSTRAPPED = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

/**
 * The /Groups cases of the scim suite, over acme's groups of the bootstrap (10 New hires in
 * organization 1, 11 Sales team in 2, 12 East team in 3, 13 Support team in 4), which start empty.
 */
export function scimGroupCases(send: ScimSend): void {
  const createUser = scimUserCreator(send);

  it('groups: discovery lists the Group resource type and schema', async () => {
    const types = await send('GET', '/ResourceTypes');
    expect(resources(types).map((type) => type.id)).toEqual(['User', 'Group']);
    const group = await send('GET', '/ResourceTypes/Group');
    expect(group.json).toMatchObject({ id: 'Group', endpoint: '/Groups', schema: GROUP_SCHEMA });
    const schema = await send('GET', `/Schemas/${GROUP_SCHEMA}`);
    expect((schema.json.attributes as { name: string }[]).map((a) => a.name)).toEqual(['displayName', 'externalId', 'members']);
  });

  it('groups: list paged, with and without members; one group with meta.version and the same ETag', async () => {
    const all = await send('GET', '/Groups?excludedAttributes=members');
    expect([all.status, all.headers['content-type']]).toEqual([200, SCIM_JSON]);
    expect(all.json).toMatchObject({ totalResults: 4, startIndex: 1, itemsPerPage: 4 });
    expect(resources(all)).toEqual([
      {
        schemas: [GROUP_SCHEMA],
        id: '10',
        displayName: 'New hires',
        meta: {
          resourceType: 'Group',
          created: BOOTSTRAPPED,
          lastModified: BOOTSTRAPPED,
          location: '/scim/v2/Groups/10',
          version: 'W/"1"',
        },
      },
      {
        schemas: [GROUP_SCHEMA],
        id: '11',
        displayName: 'Sales team',
        meta: {
          resourceType: 'Group',
          created: BOOTSTRAPPED,
          lastModified: BOOTSTRAPPED,
          location: '/scim/v2/Groups/11',
          version: 'W/"1"',
        },
      },
      {
        schemas: [GROUP_SCHEMA],
        id: '12',
        displayName: 'East team',
        meta: {
          resourceType: 'Group',
          created: BOOTSTRAPPED,
          lastModified: BOOTSTRAPPED,
          location: '/scim/v2/Groups/12',
          version: 'W/"1"',
        },
      },
      {
        schemas: [GROUP_SCHEMA],
        id: '13',
        displayName: 'Support team',
        meta: {
          resourceType: 'Group',
          created: BOOTSTRAPPED,
          lastModified: BOOTSTRAPPED,
          location: '/scim/v2/Groups/13',
          version: 'W/"1"',
        },
      },
    ]);
    const page = await send('GET', '/Groups?startIndex=2&count=2');
    expect(page.json).toMatchObject({ totalResults: 4, startIndex: 2, itemsPerPage: 2 });
    expect(resources(page).map((group) => [group.id, group.members])).toEqual([
      ['11', []],
      ['12', []],
    ]);
    const one = await send('GET', '/Groups/13');
    expect([one.status, one.headers.etag]).toEqual([200, 'W/"1"']);
    expect(one.json).toEqual({ schemas: [GROUP_SCHEMA], id: '13', displayName: 'Support team', members: [], meta: expect.any(Object) });
  });

  it('groups: filters displayName eq (exact, in the key’s scope) and externalId eq (none of the bootstrap’s has one)', async () => {
    const found = await send('GET', `${groupFilter('displayName eq "Sales team"')}&excludedAttributes=members`);
    expect([found.status, found.json.totalResults, resources(found).map((group) => group.id)]).toEqual([200, 1, ['11']]);
    expect((await send('GET', groupFilter('DisplayName eq "sales team"'))).json.totalResults).toBe(0);
    expect((await send('GET', groupFilter('displayName eq "New hires"'), { key: keys.sales })).json.totalResults).toBe(0);
    expect((await send('GET', groupFilter('externalId eq "8a2f"'))).json).toMatchObject({ totalResults: 0, Resources: [] });
  });

  it('groups: an Entra ID push: Add members, Remove one by a value list, same-name displayName replace, Remove all', async () => {
    const first = await createUser('entra.member.1', 'Grace');
    const second = await createUser('entra.member.2', 'Alan');
    const added = await send('PATCH', '/Groups/10', {
      body: patch({ op: 'Add', path: 'members', value: [{ value: first }, { value: second }] }),
    });
    expect([added.status, added.headers['content-type']]).toEqual([200, SCIM_JSON]);
    expect(memberIds(added)).toEqual([first, second].sort());
    expect((added.json.members as unknown[]).find((member) => (member as { value: string }).value === first)).toEqual({
      value: first,
      display: 'Grace Member',
      $ref: `/scim/v2/Users/${first}`,
    });
    const removed = await send('PATCH', '/Groups/10', { body: patch({ op: 'Remove', path: 'members', value: [{ value: second }] }) });
    expect(memberIds(removed)).toEqual([first]);
    expect(memberIds(await send('GET', '/Groups/10'))).toEqual([first]);
    const renamed = await send('PATCH', '/Groups/10', { body: patch({ op: 'Replace', path: 'displayName', value: 'New hires' }) });
    expect(renamed.json.displayName).toBe('New hires');
    const emptied = await send('PATCH', '/Groups/10', { body: patch({ op: 'Remove', path: 'members' }) });
    expect(memberIds(emptied)).toEqual([]);
    // A deleted user leaves its groups.
    await send('PATCH', '/Groups/10', { body: patch({ op: 'add', path: 'members', value: [{ value: second }] }) });
    expect((await send('DELETE', `/Users/${second}`)).status).toBe(204);
    expect(memberIds(await send('GET', '/Groups/10'))).toEqual([]);
  });

  it('groups: an Okta push: add, remove by members[value eq "…"], replace members', async () => {
    const first = await createUser('okta.member.1', 'Ada');
    const second = await createUser('okta.member.2', 'Edsger');
    await send('PATCH', '/Groups/13', {
      body: patch({ op: 'add', path: 'members', value: [{ value: first, display: 'x' }, { value: second }] }),
    });
    const removed = await send('PATCH', '/Groups/13', { body: patch({ op: 'remove', path: `members[value eq "${first}"]` }) });
    expect([removed.status, memberIds(removed)]).toEqual([200, [second]]);
    const replaced = await send('PATCH', '/Groups/13', { body: patch({ op: 'replace', path: 'members', value: [{ value: first }] }) });
    expect(memberIds(replaced)).toEqual([first]);
    const lean = await send('PATCH', '/Groups/13?excludedAttributes=members', { body: patch({ op: 'remove', path: 'members' }) });
    expect(lean.json.members).toBeUndefined();
    expect(memberIds(await send('GET', '/Groups/13'))).toEqual([]);
  });

  it('groups: members PATCHed as Entra ID sends them (ops in one request, any case, a members[value eq] Remove) and as Okta does (replace with the whole list)', async () => {
    const [a, b, c] = [
      await createUser('idp.member.a', 'Ann'),
      await createUser('idp.member.b', 'Bob'),
      await createUser('idp.member.c', 'Cy'),
    ];
    const created = await send('POST', '/Groups', { body: { schemas: [GROUP_SCHEMA], displayName: 'IdP pushed', externalId: 'idp-1' } });
    const id = created.json.id as string;
    // Entra ID: each change its own operation, op capitalised, a removal by a value filter, all in one PATCH.
    const entra = await send('PATCH', `/Groups/${id}`, {
      raw: JSON.stringify(
        patch(
          { op: 'Add', path: 'members', value: [{ value: a }, { value: b }] },
          { op: 'ADD', path: 'members', value: [{ value: c }] },
          { op: 'Remove', path: `members[value eq "${b}"]` },
        ),
      ),
    });
    expect([entra.status, memberIds(entra)]).toEqual([200, [a, c].sort()]);
    expect(memberIds(await send('GET', `/Groups/${id}`))).toEqual([a, c].sort());
    // Okta: the whole list as it should be, replacing what is there; then none.
    const okta = await send('PATCH', `/Groups/${id}`, {
      body: patch({ op: 'replace', path: 'members', value: [{ value: b }, { value: c }] }),
    });
    expect(memberIds(okta)).toEqual([b, c].sort());
    const listed = await send('GET', `/Users?filter=${encodeURIComponent(`userName eq "idp.member.a@acme.example.com"`)}`);
    expect(listed.json.totalResults).toBe(1);
    const emptied = await send('PATCH', `/Groups/${id}`, { body: patch({ op: 'Replace', path: 'members', value: [] }) });
    expect(memberIds(emptied)).toEqual([]);
    // What is left is exactly what the cycle pushed: the group, no members, the users.
    const found = await send('GET', groupFilter('externalId eq "idp-1"'));
    expect(resources(found).map((group) => [group.id, group.members])).toEqual([[id, []]]);
    for (const user of [a, b, c]) expect((await send('GET', `/Users/${user}`)).status).toBe(200);
    expect((await send('DELETE', `/Groups/${id}`)).status).toBe(204);
  });

  it('groups: organization scope as the core applies it to groups and memberships', async () => {
    const listed = await send('GET', '/Groups?excludedAttributes=members', { key: keys.sales });
    expect(resources(listed).map((group) => group.id)).toEqual(['11', '12']);
    expectScimError(await send('GET', '/Groups/10', { key: keys.sales }), 404);
    expectScimError(await send('PATCH', '/Groups/13', { key: keys.sales, body: patch({ op: 'remove', path: 'members' }) }), 404);
    const outside = await createUser('outside.member', 'Outside');
    const refused = await send('PATCH', '/Groups/11', {
      key: keys.sales,
      body: patch({ op: 'add', path: 'members', value: [{ value: outside }] }),
    });
    expectScimError(refused, 400, 'invalidValue');
    const inside = await createUser('inside.member', 'Inside', keys.sales);
    const added = await send('PATCH', '/Groups/12', {
      key: keys.sales,
      body: patch({ op: 'add', path: 'members', value: [{ value: inside }] }),
    });
    expect(memberIds(added)).toEqual([inside]);
    expectScimError(await send('GET', '/Groups', { key: keys.readOnly }), 403);
    // Creating, renaming and deleting groups is the tenant's, not an organization's.
    expectScimError(await send('POST', '/Groups', { key: keys.sales, body: { schemas: [GROUP_SCHEMA], displayName: 'Mine' } }), 403);
    expectScimError(
      await send('PATCH', '/Groups/12', { key: keys.sales, body: patch({ op: 'replace', path: 'displayName', value: 'X' }) }),
      403,
    );
    expectScimError(await send('DELETE', '/Groups/12', { key: keys.sales }), 403);
  });

  it('groups: errors 404, 405, 400 invalidFilter, noTarget, invalidPath, invalidValue, invalidSyntax', async () => {
    expectScimError(await send('GET', '/Groups/99'), 404);
    expectScimError(await send('GET', '/Groups/abc'), 404);
    expectScimError(await send('PATCH', '/Groups/99', { body: patch({ op: 'remove', path: 'members' }) }), 404);
    expectScimError(await send('POST', '/Groups', { body: { schemas: [GROUP_SCHEMA], displayName: '  ' } }), 400, 'invalidValue');
    expectScimError(await send('POST', '/Groups', { body: { schemas: [GROUP_SCHEMA], displayName: 'sales TEAM' } }), 409, 'uniqueness');
    expectScimError(await send('DELETE', '/Groups/99'), 404);
    expectScimError(await send('PUT', '/Groups/99', { body: { schemas: [GROUP_SCHEMA], displayName: 'Gone' } }), 404);
    expectScimError(await send('POST', '/Groups/10', { body: { schemas: [GROUP_SCHEMA], displayName: 'New' } }), 405);
    expectScimError(await send('GET', groupFilter('displayName co "New"')), 400, 'invalidFilter');
    expectScimError(await send('GET', groupFilter('displayName eq "a" or displayName eq "b"')), 400, 'invalidFilter');
    expectScimError(
      await send('PATCH', '/Groups/10', { body: patch({ op: 'remove', path: 'members[value eq "usr_none"]' }) }),
      400,
      'noTarget',
    );
    expectScimError(await send('PATCH', '/Groups/10', { body: patch({ op: 'remove' }) }), 400, 'noTarget');
    expectScimError(await send('PATCH', '/Groups/10', { body: patch({ op: 'add', path: 'owners', value: [] }) }), 400, 'invalidPath');
    expectScimError(
      await send('PATCH', '/Groups/10', { body: patch({ op: 'add', path: 'members', value: [{ value: 'usr_none' }] }) }),
      400,
      'invalidValue',
    );
    expectScimError(
      await send('PATCH', '/Groups/10', { body: patch({ op: 'replace', path: 'displayName', value: 'SALES team' }) }),
      409,
      'uniqueness',
    );
    expectScimError(await send('PATCH', '/Groups/10', { body: { Operations: [] } }), 400, 'invalidSyntax');
  });
}
