import { expect, it } from '@jest/globals';
import { fixture } from './conformance-fixture';
import { sendRequest } from './http-client';
import { expectScimError, filterPath, LIST_SCHEMA, patch, SCIM_JSON, USER_SCHEMA, type ScimAnswer, type ScimSend } from './scim-client';

const keys = fixture.acme.keys;
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const idOf = (answer: ScimAnswer): string => answer.json.id as string;
const resources = (answer: ScimAnswer) => answer.json.Resources as Record<string, unknown>[];

/**
 * The discovery documents and the /Users provisioning cycles of the scim suite, as Microsoft
 * Entra ID and Okta document that they run them; over users of their own.
 */
export function scimUserCycleCases(send: ScimSend, baseUrl: () => string): void {
  it('discovery: ServiceProviderConfig, ResourceTypes and Schemas say what is implemented', async () => {
    const config = await send('GET', '/ServiceProviderConfig', { key: null });
    expect([config.status, config.headers['content-type']]).toEqual([200, SCIM_JSON]);
    expect(config.json).toMatchObject({
      patch: { supported: true },
      bulk: { supported: true },
      filter: { supported: true, maxResults: 100 },
      sort: { supported: true },
      etag: { supported: true },
      changePassword: { supported: false },
    });
    const types = await send('GET', '/ResourceTypes');
    expect(types.json).toMatchObject({ schemas: [LIST_SCHEMA], totalResults: 2 });
    expect(resources(types)[0]).toMatchObject({ id: 'User', endpoint: '/Users', schema: USER_SCHEMA });
    const schemas = await send('GET', '/Schemas');
    const names = (resources(schemas)[0]?.attributes as { name: string }[]).map((a) => a.name);
    expect(names).toEqual(['userName', 'externalId', 'name', 'displayName', 'title', 'active', 'password', 'emails', 'phoneNumbers']);
    expect((await send('GET', `/Schemas/${USER_SCHEMA}`)).status).toBe(200);
    expectScimError(await send('GET', '/ResourceTypes/Device'), 404);
  });

  it('an Entra ID cycle: look up by userName, create, PATCH attributes, deactivate ("False"), reactivate, delete', async () => {
    const userName = 'Test_User_7f1c@acme.example.com';
    const lookup = await send('GET', filterPath(`userName eq "${userName}"`));
    expect([lookup.status, lookup.headers['content-type']]).toEqual([200, SCIM_JSON]);
    expect(lookup.json).toEqual({ schemas: [LIST_SCHEMA], totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [] });

    const created = await send('POST', '/Users', {
      body: {
        schemas: [USER_SCHEMA, ENTERPRISE],
        externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
        userName,
        active: true,
        emails: [{ primary: true, type: 'work', value: 'Test_User_other@acme.example.com' }],
        meta: { resourceType: 'User' },
        name: { formatted: 'Ada Lovelace', familyName: 'Lovelace', givenName: 'Ada' },
        roles: [],
        title: 'Analyst',
        [ENTERPRISE]: { department: 'Research', manager: { value: '' } },
      },
    });
    expect([created.status, created.headers['content-type']]).toEqual([201, SCIM_JSON]);
    const id = idOf(created);
    expect(created.headers.location).toBe(`/scim/v2/Users/${id}`);
    expect(created.headers.etag).toBe('W/"1"');
    expect(created.json).toEqual({
      schemas: [USER_SCHEMA],
      id,
      externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
      // acme identifies users by e-mail: userName is the e-mail, and emails repeat it.
      userName: userName.toLowerCase(),
      name: { formatted: 'Ada Lovelace', givenName: 'Ada', familyName: 'Lovelace' },
      displayName: 'Ada Lovelace',
      emails: [{ value: userName.toLowerCase(), type: 'work', primary: true }],
      title: 'Analyst',
      active: true,
      meta: {
        resourceType: 'User',
        created: expect.any(String),
        lastModified: expect.any(String),
        location: `/scim/v2/Users/${id}`,
        version: 'W/"1"',
      },
    });
    expect(created.text).not.toMatch(/password|hash/i);

    const found = await send('GET', filterPath(`userName eq "${userName}"`));
    expect(found.json).toMatchObject({ totalResults: 1, itemsPerPage: 1 });
    expect(resources(found)[0]?.id).toBe(id);
    const byExternal = await send('GET', filterPath('externalId eq "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"'));
    expect(resources(byExternal).map((user) => user.id)).toEqual([id]);

    const patched = await send('PATCH', `/Users/${id}`, {
      body: patch(
        { op: 'Replace', path: 'name.familyName', value: 'Byron' },
        { op: 'Add', path: 'title', value: 'Lead Analyst' },
        { op: 'Replace', path: `${ENTERPRISE}:department`, value: 'Maths' },
        { op: 'Replace', path: 'displayName', value: 'Ada Byron' },
      ),
    });
    expect([patched.status, patched.headers.etag]).toEqual([200, 'W/"2"']);
    expect(patched.json).toMatchObject({ name: { givenName: 'Ada', familyName: 'Byron' }, title: 'Lead Analyst', active: true });

    const disabled = await send('PATCH', `/Users/${id}`, { body: patch({ op: 'Replace', path: 'active', value: 'False' }) });
    expect([disabled.status, disabled.json.active]).toEqual([200, false]);
    // Deactivated: still readable and listed, and inactive for the other dialects (no sign-in).
    expect((await send('GET', `/Users/${id}`)).json.active).toBe(false);
    const inactive = await send('GET', filterPath(`userName eq "${userName}" and active eq false`));
    expect(resources(inactive).map((user) => user.id)).toEqual([id]);
    const rest = await sendRequest(baseUrl(), {
      method: 'GET',
      path: `/api/v1/users/${id}`,
      headers: { authorization: `Bearer ${keys.admin}` },
    });
    expect((JSON.parse(rest.text) as { data: { status: string } }).data.status).toBe('inactive');

    const enabled = await send('PATCH', `/Users/${id}`, { body: patch({ op: 'Replace', path: 'active', value: 'True' }) });
    expect([enabled.status, enabled.json.active]).toEqual([200, true]);

    const deleted = await send('DELETE', `/Users/${id}`);
    expect([deleted.status, deleted.text]).toEqual([204, '']);
    expectScimError(await send('GET', `/Users/${id}`), 404);
    expect((await send('GET', filterPath(`userName eq "${userName}"`))).json.totalResults).toBe(0);
  });

  it('an Okta cycle: paged lookup, create with password, GET, PUT, deactivate and reactivate with value objects', async () => {
    const userName = 'okta.user@acme.example.com';
    const lookup = await send('GET', `${filterPath(`userName eq "${userName}"`)}&startIndex=1&count=100`);
    expect(lookup.json).toMatchObject({ totalResults: 0, Resources: [] });
    const created = await send('POST', '/Users', {
      body: {
        schemas: [USER_SCHEMA],
        userName,
        name: { givenName: 'Okta', familyName: 'User' },
        emails: [{ primary: true, value: userName, type: 'work' }],
        displayName: 'Okta User',
        locale: 'en-US',
        externalId: '00u1abcd2EFGHijk3l4',
        groups: [],
        password: 'a long okta password',
        active: true,
      },
    });
    expect(created.status).toBe(201);
    const id = idOf(created);
    const read = await send('GET', `/Users/${id}`);
    expect([read.status, read.headers.etag, read.json.userName]).toEqual([200, 'W/"1"', userName]);

    const put = await send('PUT', `/Users/${id}`, {
      body: {
        schemas: [USER_SCHEMA],
        id,
        userName,
        name: { givenName: 'Okta', familyName: 'Renamed' },
        emails: [{ primary: true, value: userName, type: 'work' }],
        phoneNumbers: [{ value: '+1 555 0100', type: 'work' }],
        active: true,
      },
      headers: { 'if-match': 'W/"1"' },
    });
    expect([put.status, put.headers.etag]).toEqual([200, 'W/"2"']);
    // PUT replaces: externalId, not sent, is cleared.
    expect(put.json).toMatchObject({ name: { familyName: 'Renamed' }, phoneNumbers: [{ value: '+1 555 0100', type: 'work' }] });
    expect(put.json).not.toHaveProperty('externalId');

    const off = await send('PATCH', `/Users/${id}`, { body: patch({ op: 'replace', value: { active: false } }) });
    expect([off.status, off.json.active]).toEqual([200, false]);
    const on = await send('PATCH', `/Users/${id}`, { body: patch({ op: 'replace', value: { active: true, 'name.givenName': 'Okay' } }) });
    expect([on.status, on.json.active, (on.json.name as { givenName: string }).givenName]).toEqual([200, true, 'Okay']);
    const email = await send('PATCH', `/Users/${id}`, {
      body: patch({ op: 'remove', path: 'phoneNumbers[type eq "work"]' }, { op: 'add', path: 'externalId', value: 'okta-2' }),
    });
    expect(email.json).not.toHaveProperty('phoneNumbers');
    expect(email.json.externalId).toBe('okta-2');
    expect((await send('DELETE', `/Users/${id}`)).status).toBe(204);
  });
}
