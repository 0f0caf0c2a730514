import { expect, it } from '@jest/globals';
import { adminClient, BASE } from './admin-client';
import { GROUP_SCHEMA, groupFilter, memberIds, resources, scimUserCreator } from './scim-group-helpers';
import { expectScimError, patch, SCIM_JSON, type ScimAnswer, type ScimSend } from './scim-client';

/**
 * The /Groups write cases of the scim suite: ETags and If-Match, externalId, what a DELETE does
 * to its members, and the Entra ID and Okta group cycles; over groups and users of their own.
 */
export function scimGroupWriteCases(send: ScimSend, baseUrl: () => string): void {
  const createUser = scimUserCreator(send);

  it('groups: ETags: every write moves the version on; If-Match holds PUT, PATCH and DELETE to it (412 otherwise)', async () => {
    const member = await createUser('etag.member', 'Tag');
    const created = await send('POST', '/Groups', {
      body: { schemas: [GROUP_SCHEMA], displayName: 'Tagged', members: [{ value: member }] },
    });
    const id = created.json.id as string;
    const version = (answer: ScimAnswer) => (answer.json.meta as { version: string }).version;
    // Created at 1, then the member's join: 2.
    expect([created.status, created.headers.etag, version(created)]).toEqual([201, 'W/"2"', 'W/"2"']);
    const read = await send('GET', `/Groups/${id}`);
    expect([read.headers.etag, version(read)]).toEqual(['W/"2"', 'W/"2"']);

    const stale = { 'if-match': 'W/"1"' };
    const rename = patch({ op: 'replace', path: 'displayName', value: 'Tagged again' });
    expectScimError(await send('PATCH', `/Groups/${id}`, { headers: stale, body: rename }), 412);
    expectScimError(await send('PUT', `/Groups/${id}`, { headers: stale, body: { schemas: [GROUP_SCHEMA], displayName: 'Put' } }), 412);
    expectScimError(await send('DELETE', `/Groups/${id}`, { headers: stale }), 412);
    expect((await send('GET', `/Groups/${id}`)).json).toMatchObject({ displayName: 'Tagged', meta: { version: 'W/"2"' } });

    // A rename is one write; a membership change another; the strong spelling and * match too.
    const renamed = await send('PATCH', `/Groups/${id}`, { headers: { 'if-match': '"2"' }, body: rename });
    expect([renamed.status, renamed.headers.etag, renamed.json.displayName]).toEqual([200, 'W/"3"', 'Tagged again']);
    const left = await send('PATCH', `/Groups/${id}`, { headers: { 'if-match': '*' }, body: patch({ op: 'remove', path: 'members' }) });
    expect([left.status, left.headers.etag, memberIds(left)]).toEqual([200, 'W/"4"', []]);
    const unchanged = await send('PATCH', `/Groups/${id}`, { body: patch({ op: 'remove', path: 'members' }) });
    expect(unchanged.headers.etag).toBe('W/"4"');
    // A membership written through /Users (a user's PATCH, its delete) is the group's write too.
    await send('PATCH', `/Groups/${id}`, { body: patch({ op: 'add', path: 'members', value: [{ value: member }] }) });
    expect((await send('DELETE', `/Users/${member}`)).status).toBe(204);
    expect((await send('GET', `/Groups/${id}`)).headers.etag).toBe('W/"6"');
    expect((await send('DELETE', `/Groups/${id}`, { headers: { 'if-match': 'W/"6"' } })).status).toBe(204);
  });

  it('groups: meta.created and meta.lastModified (RFC 7643 §3.1): stored times; lastModified moves with each write, as the version does', async () => {
    const member = await createUser('stamp.member', 'Stamp');
    const times = (answer: ScimAnswer) => {
      const meta = answer.json.meta as { created: string; lastModified: string };
      return { created: Date.parse(meta.created), lastModified: Date.parse(meta.lastModified), text: meta.created };
    };
    const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
    const started = Date.now();
    const created = await send('POST', '/Groups', { body: { schemas: [GROUP_SCHEMA], displayName: 'Stamped' } });
    const id = created.json.id as string;
    const first = times(created);
    expect(first.text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(first.created).toBeGreaterThanOrEqual(started - 1000);
    expect(first.lastModified).toBe(first.created);
    let last = first.lastModified;
    const write = async (method: string, body: unknown) => {
      await pause();
      const answer = await send(method, `/Groups/${id}`, { body });
      expect(answer.status).toBe(200);
      const now = times(answer);
      expect(now.created).toBe(first.created);
      expect(now.lastModified).toBeGreaterThan(last);
      expect(times(await send('GET', `/Groups/${id}`))).toEqual(now);
      last = now.lastModified;
    };
    await write('PATCH', patch({ op: 'replace', path: 'displayName', value: 'Stamped again' }));
    await write('PATCH', patch({ op: 'replace', path: 'externalId', value: 'stamp-1' }));
    await write('PATCH', patch({ op: 'add', path: 'members', value: [{ value: member }] }));
    await write('PUT', { schemas: [GROUP_SCHEMA], displayName: 'Stamped again', externalId: 'stamp-1', members: [] });
    // A user write that leaves its groups as they were is no write of the group.
    await pause();
    await send('PATCH', `/Users/${member}`, { body: patch({ op: 'replace', path: 'title', value: 'unrelated' }) });
    expect(times(await send('GET', `/Groups/${id}`)).lastModified).toBe(last);
  });

  it('groups: externalId: stored as sent on POST, returned, found by externalId eq (exactly), changed by PATCH, replaced by PUT', async () => {
    const created = await send('POST', '/Groups', { body: { schemas: [GROUP_SCHEMA], displayName: 'Linked', externalId: 'Okta-00g1' } });
    const id = created.json.id as string;
    expect([created.status, created.json.externalId]).toEqual([201, 'Okta-00g1']);
    expect((await send('GET', `/Groups/${id}`)).json.externalId).toBe('Okta-00g1');
    const found = await send('GET', `${groupFilter('externalId eq "Okta-00g1"')}&excludedAttributes=members`);
    expect([found.json.totalResults, resources(found).map((group) => [group.id, group.externalId])]).toEqual([1, [[id, 'Okta-00g1']]]);
    expect((await send('GET', groupFilter('EXTERNALID eq "okta-00g1"'))).json.totalResults).toBe(0);
    const attributes = await send('GET', `${groupFilter('externalId eq "Okta-00g1"')}&attributes=externalId`);
    expect(resources(attributes)).toEqual([{ schemas: [GROUP_SCHEMA], id, externalId: 'Okta-00g1', meta: expect.any(Object) }]);

    const patched = await send('PATCH', `/Groups/${id}`, { body: patch({ op: 'Replace', path: 'externalId', value: 'Okta-00g2' }) });
    expect([patched.status, patched.json.externalId, patched.headers.etag]).toEqual([200, 'Okta-00g2', 'W/"2"']);
    expect((await send('GET', groupFilter('externalId eq "Okta-00g1"'))).json.totalResults).toBe(0);
    const byValue = await send('PATCH', `/Groups/${id}`, { body: patch({ op: 'replace', value: { id, externalId: 'Okta-00g3' } }) });
    expect(byValue.json.externalId).toBe('Okta-00g3');
    // PUT replaces: an externalId not sent is cleared.
    const replaced = await send('PUT', `/Groups/${id}`, { body: { schemas: [GROUP_SCHEMA], displayName: 'Linked' } });
    expect(replaced.status).toBe(200);
    expect(replaced.json).not.toHaveProperty('externalId');
    const removed = await send('PUT', `/Groups/${id}`, { body: { schemas: [GROUP_SCHEMA], displayName: 'Linked', externalId: 'e-9' } });
    expect(removed.json.externalId).toBe('e-9');
    expect((await send('PATCH', `/Groups/${id}`, { body: patch({ op: 'remove', path: 'externalId' }) })).json).not.toHaveProperty(
      'externalId',
    );
    expectScimError(
      await send('POST', '/Groups', { body: { schemas: [GROUP_SCHEMA], displayName: 'Bad id', externalId: 'x'.repeat(256) } }),
      400,
      'invalidValue',
    );
    expectScimError(
      await send('PATCH', `/Groups/${id}`, { body: patch({ op: 'replace', path: 'externalId', value: 7 }) }),
      400,
      'invalidValue',
    );
    expect((await send('DELETE', `/Groups/${id}`)).status).toBe(204);
  });

  it('groups: a DELETE moves its members’ ETags on (their groups changed); the id of the newest group is never given again', async () => {
    const member = await createUser('deleted.group.member', 'Kept');
    const created = await send('POST', '/Groups', {
      body: { schemas: [GROUP_SCHEMA], displayName: 'Short-lived', members: [{ value: member }] },
    });
    const id = Number(created.json.id);
    const before = await send('GET', `/Users/${member}`);
    expect((await send('DELETE', `/Groups/${id}`)).status).toBe(204);
    const after = await send('GET', `/Users/${member}`);
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.headers.etag).toBe((after.json.meta as { version: string }).version);
    expectScimError(
      await send('PATCH', `/Users/${member}`, {
        headers: { 'if-match': String(before.headers.etag) },
        body: patch({ op: 'replace', path: 'title', value: 'Stale' }),
      }),
      412,
    );
    const next = await send('POST', '/Groups', { body: { schemas: [GROUP_SCHEMA], displayName: 'Short-lived' } });
    expect([next.status, Number(next.json.id)]).toEqual([201, id + 1]);
    expect((await send('DELETE', `/Groups/${next.json.id as string}`)).status).toBe(204);
  });

  it('groups: a DELETE records a user.updated audit event (the one a user write of its groupIds records) for each member it removes', async () => {
    interface WireEvent {
      readonly type: string;
      readonly target: { kind: string; id: string } | null;
      readonly changes: { field: string; before: unknown; after: unknown }[];
      readonly dialect: string | null;
      readonly route: string | null;
    }
    const admin = adminClient(baseUrl);
    const trail = async (type: string) => (await admin('GET', `${BASE}/audit-events?type=${type}&limit=100`)).json.data as WireEvent[];
    const first = await createUser('audited.member.one', 'One');
    const second = await createUser('audited.member.two', 'Two');
    await createUser('audited.bystander', 'Three');
    const other = await send('POST', '/Groups', {
      body: { schemas: [GROUP_SCHEMA], displayName: 'Audited other', members: [{ value: first }] },
    });
    const created = await send('POST', '/Groups', {
      body: { schemas: [GROUP_SCHEMA], displayName: 'Audited', members: [{ value: first }, { value: second }] },
    });
    const id = Number(created.json.id);
    const otherId = Number(other.json.id);
    expect((await send('DELETE', `/Groups/${id}`)).status).toBe(204);

    const internalId = async (local: string) =>
      (await trail('user.created')).find((event) =>
        event.changes.some((change) => change.field === 'email' && change.after === `${local}@acme.example.com`),
      )?.target?.id;
    const removed = (await trail('user.updated')).filter((event) => event.route === 'deleteGroup');
    const ofGroup = removed.filter((event) => (event.changes[0]?.before as number[]).includes(id));
    expect(ofGroup.map((event) => event.target?.id).sort()).toEqual(
      [await internalId('audited.member.one'), await internalId('audited.member.two')].sort(),
    );
    for (const event of ofGroup) {
      expect(event).toMatchObject({ dialect: 'scim', target: { kind: 'user' } });
      const before = event.changes[0]?.before as number[];
      expect(event.changes).toEqual([{ field: 'groupIds', before, after: before.filter((groupId) => groupId !== id) }]);
    }
    const firstId = await internalId('audited.member.one');
    expect(ofGroup.find((event) => event.target?.id === firstId)?.changes[0]).toEqual({
      field: 'groupIds',
      before: [otherId, id],
      after: [otherId],
    });
    expect((await send('DELETE', `/Groups/${otherId}`)).status).toBe(204);
    // The second delete removes one membership: one event.
    const after = (await trail('user.updated')).filter(
      (event) =>
        event.route === 'deleteGroup' &&
        (event.changes[0]?.before as number[]).includes(otherId) &&
        !(event.changes[0]?.after as number[]).includes(otherId),
    );
    expect(after.map((event) => event.target?.id)).toEqual([firstId]);
  });

  it('groups: an Entra ID cycle: POST with members (201, Location), rename by PATCH with a path, DELETE (204); the users stay', async () => {
    const member = await createUser('entra.group.1', 'Barbara');
    const created = await send('POST', '/Groups', {
      body: { schemas: [GROUP_SCHEMA], displayName: 'Entra Engineers', externalId: 'e-1', members: [{ value: member }] },
    });
    expect([created.status, created.headers['content-type']]).toEqual([201, SCIM_JSON]);
    const id = created.json.id as string;
    expect(created.headers.location).toBe(`/scim/v2/Groups/${id}`);
    expect(created.json).toMatchObject({
      displayName: 'Entra Engineers',
      meta: { resourceType: 'Group', location: `/scim/v2/Groups/${id}` },
    });
    expect(memberIds(created)).toEqual([member]);
    const found = await send('GET', `${groupFilter('displayName eq "Entra Engineers"')}&excludedAttributes=members`);
    expect(resources(found).map((group) => group.id)).toEqual([id]);
    const renamed = await send('PATCH', `/Groups/${id}`, { body: patch({ op: 'Replace', path: 'displayName', value: 'Entra Builders' }) });
    expect([renamed.status, renamed.json.displayName, memberIds(renamed)]).toEqual([200, 'Entra Builders', [member]]);
    expect((await send('DELETE', `/Groups/${id}`)).status).toBe(204);
    expectScimError(await send('GET', `/Groups/${id}`), 404);
    const user = await send('GET', `/Users/${member}`);
    expect(user.status).toBe(200);
  });

  it('groups: an Okta cycle: POST without members, PATCH members, rename by a value object with the id, PUT, DELETE', async () => {
    const first = await createUser('okta.group.1', 'Radia');
    const second = await createUser('okta.group.2', 'Frances');
    const created = await send('POST', '/Groups', { body: { schemas: [GROUP_SCHEMA], displayName: 'Okta Ops', members: [] } });
    expect([created.status, memberIds(created)]).toEqual([201, []]);
    const id = created.json.id as string;
    const added = await send('PATCH', `/Groups/${id}`, {
      body: patch({ op: 'add', path: 'members', value: [{ value: first, display: 'Radia Member' }] }),
    });
    expect(memberIds(added)).toEqual([first]);
    const renamed = await send('PATCH', `/Groups/${id}`, { body: patch({ op: 'replace', value: { id, displayName: 'Okta Operations' } }) });
    expect([renamed.status, renamed.json.displayName]).toEqual([200, 'Okta Operations']);
    const replaced = await send('PUT', `/Groups/${id}`, {
      body: { schemas: [GROUP_SCHEMA], id, displayName: 'Okta SRE', members: [{ value: second }] },
    });
    expect([replaced.status, replaced.json.displayName, memberIds(replaced)]).toEqual([200, 'Okta SRE', [second]]);
    expectScimError(await send('POST', '/Groups', { body: { schemas: [GROUP_SCHEMA], displayName: 'OKTA sre' } }), 409, 'uniqueness');
    expect((await send('DELETE', `/Groups/${id}`)).status).toBe(204);
    expectScimError(await send('DELETE', `/Groups/${id}`), 404);
    expect((await send('GET', `/Users/${second}`)).status).toBe(200);
  });
}
