import { expect, it } from '@jest/globals';
import { fixture } from './conformance-fixture';
import { expectScimError, filterPath, patch, PATCH_SCHEMA, USER_SCHEMA, type ScimAnswer, type ScimSend } from './scim-client';

const keys = fixture.acme.keys;

const idOf = (answer: ScimAnswer): string => answer.json.id as string;
const resources = (answer: ScimAnswer) => answer.json.Resources as Record<string, unknown>[];

/**
 * The /Users rules of the scim suite: filters and paging, a tenant that identifies users by
 * login, organization scope and permissions, and the SCIM errors (RFC 7644 §3.12).
 */
export function scimUserRuleCases(send: ScimSend): void {
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
}
