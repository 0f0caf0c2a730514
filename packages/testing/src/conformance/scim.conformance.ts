import { describe, expect, it } from '@jest/globals';
import type { StartConformanceHost } from './conformance-host';
import { fixture } from './conformance-fixture';
import { sendRequest } from './http-client';
import {
  expectScimError,
  filterPath,
  LIST_SCHEMA,
  patch,
  PATCH_SCHEMA,
  SCIM_JSON,
  scimSender,
  USER_SCHEMA,
  type ScimAnswer,
} from './scim-client';
import { scimFilterCases } from './scim-filter.cases';
import { scimGroupCases } from './scim-group.cases';
import { useConformanceHost } from './use-conformance-host';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const keys = fixture.acme.keys;

const idOf = (answer: ScimAnswer): string => answer.json.id as string;
const resources = (answer: ScimAnswer) => answer.json.Resources as Record<string, unknown>[];

/**
 * Black-box conformance of the scim dialect (packages/core/src/http/dialects/scim/README.md),
 * written from RFC 7643/7644 and from the requests Microsoft Entra ID and Okta document that they
 * send during a provisioning cycle. One host for the whole suite: the cases use users of their own.
 */
export function describeScimConformance(startHost: StartConformanceHost): void {
  describe('scim conformance', () => {
    const baseUrl = useConformanceHost(startHost);
    const send = scimSender(baseUrl);

    it('discovery: ServiceProviderConfig, ResourceTypes and Schemas say what is implemented', async () => {
      const config = await send('GET', '/ServiceProviderConfig', { key: null });
      expect([config.status, config.headers['content-type']]).toEqual([200, SCIM_JSON]);
      expect(config.json).toMatchObject({
        patch: { supported: true },
        bulk: { supported: false },
        filter: { supported: true, maxResults: 100 },
        sort: { supported: false },
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

    it('filters: emails[type eq "work"].value, or, parentheses, attribute names in any case; paging and attributes', async () => {
      const owner = fixture.acme.users.owner.email;
      const admin = fixture.acme.users.admin.email;
      const one = await send('GET', filterPath(`emails[type eq "work"].value eq "${owner}"`));
      expect(resources(one).map((user) => user.userName)).toEqual([owner]);
      const two = await send('GET', filterPath(`(USERNAME eq "${owner}") or (emails.value eq "${admin}" and active eq true)`));
      expect(
        resources(two)
          .map((user) => user.userName)
          .sort(),
      ).toEqual([admin, owner].sort());
      const none = await send('GET', filterPath(`userName eq "${owner}" and userName eq "${admin}"`));
      expect(none.json.totalResults).toBe(0);

      const all = await send('GET', '/Users?count=2&attributes=userName,name.givenName');
      expect(all.json).toMatchObject({ startIndex: 1, itemsPerPage: 2 });
      const total = all.json.totalResults as number;
      expect(Object.keys(resources(all)[0] ?? {}).sort()).toEqual(['id', 'meta', 'name', 'schemas', 'userName']);
      expect(Object.keys(resources(all)[0]?.name as object)).toEqual(['givenName']);
      const last = await send('GET', `/Users?startIndex=${total}&count=5&excludedAttributes=emails,name`);
      expect(last.json).toMatchObject({ startIndex: total, itemsPerPage: 1, totalResults: total });
      expect(resources(last)[0]).not.toHaveProperty('emails');
      expect((await send('GET', '/Users?count=0')).json).toMatchObject({ totalResults: total, itemsPerPage: 0, Resources: [] });
    });

    it('a tenant that identifies users by login: userName is the login, emails the e-mail', async () => {
      const key = fixture.globex.keys.admin;
      const created = await send('POST', '/Users', {
        key,
        body: {
          schemas: [USER_SCHEMA],
          userName: 'jdoe',
          emails: [{ value: 'jdoe@globex.example.org', primary: true }],
          name: { givenName: 'J' },
        },
      });
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({ userName: 'jdoe', emails: [{ value: 'jdoe@globex.example.org', type: 'work', primary: true }] });
      const found = await send('GET', filterPath('userName eq "JDOE"'), { key });
      expect(resources(found).map((user) => user.id)).toEqual([idOf(created)]);
      const changed = await send('PATCH', `/Users/${idOf(created)}`, {
        key,
        body: patch({ op: 'replace', path: 'emails[type eq "work"].value', value: 'john@globex.example.org' }),
      });
      expect(changed.json).toMatchObject({ userName: 'jdoe', emails: [{ value: 'john@globex.example.org' }] });
      // Another tenant's key sees nothing of it.
      expectScimError(await send('GET', `/Users/${idOf(created)}`), 404);
    });

    it('organization scope and permissions: as in the other dialects', async () => {
      const made = await send('POST', '/Users', { key: keys.sales, body: { userName: 'sales.new@acme.example.com' } });
      expect(made.status).toBe(201);
      const seen = await send('GET', filterPath(`userName eq "${fixture.acme.users.owner.email}"`), { key: keys.sales });
      expect(seen.json.totalResults).toBe(0);
      const owner = await send('GET', filterPath(`userName eq "${fixture.acme.users.owner.email}"`));
      expectScimError(await send('GET', `/Users/${resources(owner)[0]?.id as string}`, { key: keys.sales }), 404);
      expect((await send('GET', `/Users/${idOf(made)}`, { key: keys.sales })).status).toBe(200);
      expectScimError(await send('GET', '/Users', { key: keys.readOnly }), 403);
      expectScimError(await send('POST', '/Users', { key: keys.publisher, body: { userName: 'p@acme.example.com' } }), 403);
    });

    it('errors: 401, 404, 409 uniqueness, 412, 403 seat limit, 405, 413', async () => {
      const noKey = await send('GET', '/Users', { key: null });
      expectScimError(noKey, 401);
      expect(noKey.headers['www-authenticate']).toBe('Bearer');
      expectScimError(await send('GET', '/Users', { key: 'rk_not_a_key_000000000000000000000000' }), 401);
      expectScimError(await send('GET', '/Users/usr_missing'), 404);
      expectScimError(await send('PATCH', '/Users/usr_missing', { body: patch({ op: 'replace', path: 'title', value: 'x' }) }), 404);
      expectScimError(await send('DELETE', '/Users/usr_missing'), 404);
      expectScimError(await send('POST', '/Users', { body: { userName: fixture.acme.users.admin.email } }), 409, 'uniqueness');

      const user = await send('POST', '/Users', { body: { userName: 'etag@acme.example.com' } });
      const id = idOf(user);
      const stale = { headers: { 'if-match': 'W/"7"' } };
      expectScimError(await send('PATCH', `/Users/${id}`, { ...stale, body: patch({ op: 'replace', path: 'title', value: 'x' }) }), 412);
      expectScimError(await send('PUT', `/Users/${id}`, { ...stale, body: { userName: 'etag@acme.example.com' } }), 412);
      expectScimError(await send('DELETE', `/Users/${id}`, stale), 412);
      expect((await send('DELETE', `/Users/${id}`, { headers: { 'if-match': 'W/"1"' } })).status).toBe(204);

      const tiny = fixture.tiny.keys.admin;
      expect((await send('POST', '/Users', { key: tiny, body: { userName: 'second@tiny.example.net' } })).status).toBe(201);
      const full = await send('POST', '/Users', { key: tiny, body: { userName: 'third@tiny.example.net' } });
      expectScimError(full, 403);
      expect(full.json.detail).toMatch(/limit/);

      const wrong = await send('POST', '/Users/usr_x', { body: {} });
      expectScimError(wrong, 405);
      expect(wrong.headers.allow).toBe('GET, PUT, PATCH, DELETE');
      expectScimError(await send('POST', '/Users', { raw: `{"userName":"${'x'.repeat(1_100_000)}"}` }), 413);
    });

    it('errors: 400 invalidFilter, invalidSyntax, invalidPath, noTarget, invalidValue', async () => {
      for (const filter of ['userName eq', 'displayName co "a"', 'emails[display eq "x"]']) {
        expectScimError(await send('GET', filterPath(filter)), 400, 'invalidFilter');
      }
      expectScimError(await send('POST', '/Users', { raw: '{"userName":' }), 400, 'invalidSyntax');
      expectScimError(await send('POST', '/Users', { body: { name: { givenName: 'No userName' } } }), 400, 'invalidValue');
      expectScimError(await send('POST', '/Users', { body: { userName: 'bad@acme.example.com', active: 'maybe' } }), 400, 'invalidValue');
      const { json } = await send('POST', '/Users', { body: { userName: 'patchy@acme.example.com' } });
      const at = `/Users/${json.id as string}`;
      expectScimError(
        await send('PATCH', at, { body: { Operations: [{ op: 'replace', path: 'title', value: 'x' }] } }),
        400,
        'invalidSyntax',
      );
      expectScimError(await send('PATCH', at, { body: patch({ op: 'move', path: 'title', value: 'x' }) }), 400, 'invalidSyntax');
      expectScimError(await send('PATCH', at, { body: patch({ op: 'replace', path: 'shoeSize', value: 42 }) }), 400, 'invalidPath');
      expectScimError(await send('PATCH', at, { body: patch({ op: 'remove' }) }), 400, 'noTarget');
      expectScimError(await send('PATCH', at, { body: patch({ op: 'replace', path: 'active', value: 'yes' }) }), 400, 'invalidValue');
      expect((await send('PATCH', at, { body: { schemas: [PATCH_SCHEMA], Operations: [{ op: 'Remove', path: 'title' }] } })).status).toBe(
        200,
      );
    });

    scimFilterCases(send);
    scimGroupCases(send);
  });
}
