import { fixture } from '@roster/testing';
import { MAX_JSON_DEPTH } from '../../limits';
import { keys, setupObjective, type ObjectiveHarness } from './objective.fixture';

const JSON_TYPE = 'application/json; charset=utf-8';
const FORBIDDEN = '{}';
const NOT_FOUND = '{"error":"User not found"}';
const owner = fixture.acme.users.owner.email;

let h: ObjectiveHarness;
beforeEach(async () => {
  h = await setupObjective();
});

describe('authentication (403 {})', () => {
  it.each([
    ['no Authorization header', {}],
    ['a Basic header', { authorization: 'Basic cms6c2VjcmV0' }],
    ['Bearer without a key', { authorization: 'Bearer' }],
    ['Bearer with two tokens', { authorization: `Bearer ${keys.admin} x` }],
    ['an unknown key', { authorization: 'Bearer rk_acme_nope_0000000000000000000000' }],
  ])('%s', async (_name, headers) => {
    const id = await h.idOf(owner);
    for (const [method, path] of [
      ['POST', '/api/users'],
      ['PUT', `/api/users/${id}`],
      ['GET', `/api/users/${id}`],
    ] as const) {
      const answer = await h.send(method, path, { key: null, headers, body: { email: 'x@example.com' } });
      expect([answer.status, answer.text, answer.headers['Content-Type']]).toEqual([403, FORBIDDEN, JSON_TYPE]);
    }
  });

  it('a key without user:manage may not write, whatever the body (403 before 422)', async () => {
    const id = await h.idOf(fixture.acme.users.eastUser.email);
    for (const body of [{ email: 'ok@example.com' }, { email: 'bad' }, '[]']) {
      expect((await h.send('POST', '/api/users', { key: keys.readOnly, body })).text).toBe(FORBIDDEN);
      expect((await h.send('PUT', `/api/users/${id}`, { key: keys.readOnly, body })).text).toBe(FORBIDDEN);
    }
    expect((await h.send('GET', `/api/users/${id}`, { key: keys.readOnly })).status).toBe(200);
  });

  it('a key without user:read may not read', async () => {
    const answer = await h.send('GET', `/api/users/${await h.idOf(owner)}`, { key: keys.publisher });
    expect([answer.status, answer.text]).toEqual([403, FORBIDDEN]);
  });
});

describe('GET /api/users/{user_id}', () => {
  it('answers the bare user, keys in order, Member for the lowest role', async () => {
    const created = await h.send('POST', '/api/users', {
      body: { email: 'Zoe@Example.com', first_name: 'Zoë', external_id: '77', phone_number: '555', live_scanner: 1 },
    });
    const id = (created.json as { user_id: number }).user_id;
    const answer = await h.send('GET', `/api/users/${id}`);
    expect([answer.status, answer.headers['Content-Type']]).toEqual([200, JSON_TYPE]);
    const user = answer.json as Record<string, unknown>;
    expect(Object.keys(user)).toEqual([
      'id',
      'email',
      'first_name',
      'last_name',
      'external_id',
      'source',
      'phone_number',
      'live_scanner',
      'role',
      'created_at',
      'updated_at',
    ]);
    expect(user).toMatchObject({
      id,
      email: 'zoe@example.com',
      first_name: 'Zoë',
      last_name: 'Member',
      external_id: 77,
      source: 'api',
      phone_number: '555',
      live_scanner: true,
      role: 'Member',
    });
    expect(user['created_at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}000Z$/);
    expect(user['updated_at']).toBe(user['created_at']);
  });

  it('names other roles by the catalog and never shows a password or hash', async () => {
    const answer = await h.send('GET', `/api/users/${await h.idOf(fixture.acme.users.admin.email)}`);
    expect(answer.json).toMatchObject({ email: fixture.acme.users.admin.email, role: 'administrator', external_id: null });
    expect(answer.text).not.toMatch(/password|hash|plain:/i);
    expect(answer.text).not.toContain(fixture.acme.users.admin.password);
  });

  it.each(['999', 'abc', '0', '-1', '1.5', '1e3', '99999999999999999999'])('unknown or malformed id %s → 404', async (id) => {
    const answer = await h.send('GET', `/api/users/${id}`);
    expect([answer.status, answer.text]).toEqual([404, NOT_FOUND]);
  });

  it('a user outside the key’s organization is not found; one inside is', async () => {
    const support = await h.idOf(fixture.acme.users.supportUser.email);
    const east = await h.idOf(fixture.acme.users.eastUser.email);
    expect((await h.send('GET', `/api/users/${support}`, { key: keys.sales })).text).toBe(NOT_FOUND);
    expect((await h.send('GET', `/api/users/${east}`, { key: keys.sales })).status).toBe(200);
  });

  it('another tenant’s user is not found', async () => {
    const id = await h.idOf(fixture.acme.users.publisher.email);
    expect((await h.send('GET', `/api/users/${id}`, { key: fixture.globex.keys.admin })).text).toBe(NOT_FOUND);
  });

  it('HEAD answers like GET', async () => {
    const answer = await h.send('HEAD', `/api/users/${await h.idOf(owner)}`);
    expect(answer.status).toBe(200);
  });
});

describe('disabled routes and other methods: Laravel’s route 404, no key needed', () => {
  it('GET /api/users', async () => {
    const answer = await h.send('GET', '/api/users', { key: null });
    expect([answer.status, answer.text, answer.headers['Content-Type']]).toEqual([
      404,
      '{"message":"The route api/users could not be found."}',
      JSON_TYPE,
    ]);
    expect((await h.send('GET', '/api/users/', { key: keys.admin })).text).toBe(answer.text);
  });

  it('DELETE /api/users/{user_id} names the id sent and deletes nothing', async () => {
    const id = await h.idOf(fixture.acme.users.eastUser.email);
    const answer = await h.send('DELETE', `/api/users/${id}`, { key: keys.owner });
    expect([answer.status, answer.text]).toEqual([404, `{"message":"The route api/users/${id} could not be found."}`]);
    expect((await h.send('GET', `/api/users/${id}`)).status).toBe(200);
    expect((await h.send('DELETE', '/api/users/abc%20d', { key: null })).text).toBe(
      '{"message":"The route api/users/abc%20d could not be found."}',
    );
  });

  it.each([
    ['PATCH', '/api/users/1', 'api/users/1'],
    ['PUT', '/api/users', 'api/users'],
    ['DELETE', '/api/users', 'api/users'],
    ['POST', '/api/users/1', 'api/users/1'],
  ])('%s %s', async (method, path, named) => {
    const answer = await h.send(method, path, { key: null });
    expect([answer.status, answer.text]).toEqual([404, `{"message":"The route ${named} could not be found."}`]);
  });

  it('names the mount point too', async () => {
    const mounted = await setupObjective({ prefix: '/lms' });
    expect(mounted.dialect.prefix).toBe('/lms');
    expect((await mounted.send('GET', '/api/users')).text).toBe('{"message":"The route lms/api/users could not be found."}');
  });

  it('leaves other paths to the host', async () => {
    for (const path of ['/api', '/api/users/1/roles', '/api/v1/users']) {
      expect(await h.dialect.handle({ method: 'GET', path, query: {}, headers: {}, body: Buffer.alloc(0) })).toBeNull();
    }
  });
});

describe('limits', () => {
  it('a body over the limit → 413', async () => {
    for (const [method, path] of [
      ['POST', '/api/users'],
      ['PUT', '/api/users/1'],
    ] as const) {
      const answer = await h.send(method, path, { bodyTooLarge: true });
      expect([answer.status, answer.text]).toEqual([413, '{"message":"Payload too large"}']);
    }
  });

  it('JSON nested too deep → the invalid-body 422', async () => {
    const deep = `{"email":${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`;
    const answer = await h.send('POST', '/api/users', { body: deep });
    expect([answer.status, answer.text]).toEqual([
      422,
      '{"message":"The given data was invalid.","errors":{"email":["The email field is required."]}}',
    ]);
  });
});
