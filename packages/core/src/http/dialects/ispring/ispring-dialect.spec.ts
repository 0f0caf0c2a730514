import { ERROR_CODES, RosterError } from '../../../errors';
import { ispringErrors } from './ispring.errors';
import { actors, ALL_PASSWORDS, HASH_MARK, idOf, setupIspring } from './ispring.fixture';
import { createIspringDialect, ispringDialect, ISPRING_ROUTES } from './index';

const TEXT = 'text/plain; charset=utf-8';

describe('the ispring dialect', () => {
  it('answers 405 with Allow for other methods on its paths, and nothing for other paths', async () => {
    const harness = await setupIspring();
    const users = await harness.send('PUT', '/user');
    expect([users.status, users.text, users.headers]).toEqual([405, 'Method Not Allowed', { 'Content-Type': TEXT, Allow: 'GET, POST' }]);
    const user = await harness.send('PATCH', '/user/4');
    expect([user.status, user.headers['Allow']]).toEqual([405, 'GET, POST, DELETE']);
    const request = { method: 'GET', query: {}, headers: {}, body: Buffer.alloc(0) };
    expect(await harness.dialect.handle({ ...request, path: '/users' })).toBeNull();
    expect(await harness.dialect.handle({ ...request, path: '/user/4/groups' })).toBeNull();
  });

  it('answers 413 Bad Request for a body over the limit, before authentication', async () => {
    const harness = await setupIspring();
    const answer = await harness.send('POST', '/user', { as: null, bodyTooLarge: true });
    expect([answer.status, answer.text, answer.headers['Content-Type']]).toEqual([413, 'Bad Request', TEXT]);
  });

  it('mounts under a prefix when asked', async () => {
    const harness = await setupIspring({ prefix: '/ispring' });
    expect(harness.dialect.prefix).toBe('/ispring');
    expect((await harness.send('GET', '/user')).status).toBe(200);
  });

  it('refuses a listLimit that is not a positive integer', async () => {
    const { roster } = await setupIspring();
    for (const listLimit of [0, -1, 1.5, Number.NaN]) {
      expect(() => createIspringDialect(roster, { listLimit })).toThrow(RosterError);
    }
  });

  it('is a plugin with a static route table', () => {
    expect(ispringDialect.name).toBe('ispring');
    expect(ispringDialect.routes).toBe(ISPRING_ROUTES);
    expect(ISPRING_ROUTES.map((route) => `${route.method} ${route.path}`)).toEqual([
      'POST /user',
      'GET /user',
      '* /user',
      'GET /user/profile/fields',
      '* /user/profile/fields',
      'GET /user/:id',
      'POST /user/:id',
      'DELETE /user/:id',
      '* /user/:id',
    ]);
  });

  it('answers every core error code in plain text, unknown ones as 500 without detail', async () => {
    const expected: Record<string, [number, string]> = {
      VALIDATION_FAILED: [400, 'Bad Request'],
      UNAUTHENTICATED: [401, 'Unauthorized'],
      RATE_LIMITED: [429, 'Too Many Requests'],
      SEAT_LIMIT_REACHED: [403, 'Number of user accounts is exceeded'],
      USER_NOT_FOUND: [404, 'Unknown user'],
      EMAIL_TAKEN: [409, 'User with the same email is already registered.'],
      CONFIGURATION_INVALID: [500, 'Internal Server Error'],
      STORE_INTEGRITY: [500, 'Internal Server Error'],
      INTERNAL: [500, 'Internal Server Error'],
    };
    for (const code of ERROR_CODES) {
      const answer = ispringErrors[code](new RosterError(code, 'secret detail', { retryAfterSeconds: 12.2 }));
      expect(answer.headers['Content-Type']).toBe(TEXT);
      expect(String(answer.body)).not.toContain('secret');
      if (expected[code]) expect([answer.status, answer.body]).toEqual(expected[code]);
    }
    expect(ispringErrors.RATE_LIMITED(new RosterError('RATE_LIMITED', '', { retryAfterSeconds: 12.2 })).headers['Retry-After']).toBe('13');
    const harness = await setupIspring();
    jest.spyOn(harness.roster.users, 'list').mockRejectedValueOnce(new Error('database password in message'));
    const crash = await harness.send('GET', '/user');
    expect([crash.status, crash.text]).toEqual([500, 'Internal Server Error']);
  });

  it('never puts a password or a hash in any answer', async () => {
    const harness = await setupIspring();
    const east = await idOf(harness, actors.eastUser.email);
    await harness.send('POST', '/user', {
      headers: { 'X-Email': 'p@acme.example.com', 'X-Password': 'fresh secret 9', 'X-Role': 'administrator' },
    });
    await harness.send('POST', `/user/${east}`, { headers: { 'X-Fields-Xml': '<fields><password>newer secret 8</password></fields>' } });
    await harness.send('POST', `/user/${east}`, { headers: { 'X-Fields-Xml': '<fields><password>x</password><bad/></fields>' } });
    await harness.send('GET', '/user');
    await harness.send('GET', `/user/${east}`);
    await harness.send('GET', '/user', { as: { ...actors.admin, email: 'p@acme.example.com', password: 'fresh secret 9' } });
    for (const as of Object.values(actors)) await harness.send('GET', '/user', { as });
    await harness.send('GET', '/user', { as: { ...actors.admin, password: 'wrong one' } });
    const everything = JSON.stringify(harness.answers);
    expect(harness.answers.length).toBeGreaterThan(10);
    for (const secret of [...ALL_PASSWORDS, 'fresh secret 9', 'newer secret 8', 'wrong one', HASH_MARK]) {
      expect(everything).not.toContain(secret);
    }
  });
});
