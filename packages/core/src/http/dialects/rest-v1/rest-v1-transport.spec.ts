import { failureBody, invalidBody, JSON_TYPE, keys, setupRestV1, type Harness } from './rest-v1.fixture';

const UNAUTHENTICATED = failureBody('Authentication required');

describe('rest-v1 authentication and transport (in-process)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await setupRestV1();
  });

  it.each([
    ['no Authorization header', {}],
    ['an unknown key', { authorization: 'Bearer rk_acme_unknown_999999999999999999' }],
    ['a Basic header', { authorization: `Basic ${Buffer.from(`x:${keys.admin}`).toString('base64')}` }],
    ['a Bearer header without token', { authorization: 'Bearer' }],
    ['a token with a space', { authorization: `Bearer ${keys.admin} extra` }],
    ['the key without the scheme', { authorization: keys.admin }],
  ])('answers 401 to %s, on every route', async (_label, headers) => {
    for (const [method, path] of [
      ['GET', '/api/v1/users'],
      ['POST', '/api/v1/users'],
      ['GET', '/api/v1/users/usr_x'],
      ['PUT', '/api/v1/users/usr_x'],
      ['DELETE', '/api/v1/users/usr_x'],
    ] as const) {
      const answer = await h.send(method, path, { key: null, headers, body: { email: 'a@example.com', name: 'A' } });
      expect([answer.status, answer.text, answer.headers]).toEqual([401, UNAUTHENTICATED, { 'Content-Type': JSON_TYPE }]);
    }
  });

  it('accepts the scheme in any case', async () => {
    const answer = await h.send('GET', '/api/v1/users', { key: null, headers: { authorization: `bearer ${keys.admin}` } });
    expect(answer.status).toBe(200);
  });

  it('checks the key before the body', async () => {
    const answer = await h.send('POST', '/api/v1/users', { key: null, raw: Buffer.from('{oops') });
    expect(answer.status).toBe(401);
  });

  it('answers 413 for a body over the limit', async () => {
    const answer = await h.send('POST', '/api/v1/users', { bodyTooLarge: true });
    expect([answer.status, answer.text, answer.headers]).toEqual([413, failureBody('Payload too large'), { 'Content-Type': JSON_TYPE }]);
  });

  it.each([
    ['nothing', '', 'must be a JSON object'],
    ['invalid JSON', '{"email":"a@example.com",', 'must be valid JSON'],
    ['an array', '[{"email":"a@example.com"}]', 'must be a JSON object'],
    ['JSON nested 65 levels deep', `{"settings":${'['.repeat(64)}${']'.repeat(64)}}`, 'must not be nested deeper than 64 levels'],
  ])('answers 400 to a body of %s', async (_label, raw, message) => {
    for (const method of ['POST', 'PUT']) {
      const path = method === 'POST' ? '/api/v1/users' : '/api/v1/users/usr_x';
      const answer = await h.send(method, path, { raw: Buffer.from(raw) });
      expect([answer.status, answer.text]).toEqual([400, invalidBody({ body: [message] })]);
    }
  });

  it('reads JSON whatever the Content-Type says', async () => {
    const answer = await h.send('POST', '/api/v1/users', {
      raw: Buffer.from('{"email":"typed@example.com","name":"Typed"}'),
      headers: { 'content-type': 'text/plain' },
    });
    expect(answer.status).toBe(201);
  });

  it('answers 405 with Allow to other methods, and leaves other paths to the host', async () => {
    const patch = await h.send('PATCH', '/api/v1/users/usr_x', { key: null });
    expect([patch.status, patch.text, patch.headers]).toEqual([
      405,
      failureBody('Method not allowed'),
      { 'Content-Type': JSON_TYPE, Allow: 'GET, PUT, DELETE' },
    ]);
    expect((await h.send('DELETE', '/api/v1/users')).headers['Allow']).toBe('GET, POST');
    expect(await h.dialect.handle({ method: 'GET', path: '/api/v2/users', query: {}, headers: {}, body: Buffer.alloc(0) })).toBeNull();
  });

  it('sends no RateLimit headers when the host left the limit off', async () => {
    const answer = await h.send('GET', '/api/v1/users');
    expect(Object.keys(answer.headers)).toEqual(['Content-Type']);
  });
});

describe('rest-v1 rate limit (in-process, 3 requests per minute)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await setupRestV1({ rateLimit: { points: 3, durationSeconds: 60 } });
  });

  it('puts RateLimit-* on every answer of a known key, errors included, then answers 429', async () => {
    const ok = await h.send('GET', '/api/v1/users');
    expect(ok.headers).toEqual({
      'Content-Type': JSON_TYPE,
      'RateLimit-Limit': '3',
      'RateLimit-Remaining': '2',
      'RateLimit-Reset': '60',
    });
    const missing = await h.send('GET', '/api/v1/users/usr_none');
    expect([missing.status, missing.headers['RateLimit-Remaining']]).toEqual([404, '1']);
    const invalid = await h.send('GET', '/api/v1/users', { query: { limit: '500' } });
    expect([invalid.status, invalid.headers['RateLimit-Remaining']]).toEqual([400, '0']);
    const refused = await h.send('GET', '/api/v1/users');
    expect([refused.status, refused.text]).toEqual([429, failureBody('Rate limit exceeded')]);
    expect(refused.headers).toMatchObject({ 'Content-Type': JSON_TYPE, 'RateLimit-Limit': '3', 'RateLimit-Remaining': '0' });
    expect(Number(refused.headers['Retry-After'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['Retry-After'])).toBeLessThanOrEqual(60);
    expect(Number(refused.headers['RateLimit-Reset'])).toBeGreaterThanOrEqual(1);
    expect((await h.send('POST', '/api/v1/users', { body: { email: 'late@example.com', name: 'Late' } })).status).toBe(429);
  });

  it('counts each key on its own, and never requests that fail authentication', async () => {
    for (let i = 0; i < 5; i++) {
      const anonymous = await h.send('GET', '/api/v1/users', { key: 'rk_unknown_0000000000000000000000' });
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['RateLimit-Limit']).toBeUndefined();
    }
    for (let i = 0; i < 3; i++) expect((await h.send('GET', '/api/v1/users')).status).toBe(200);
    expect((await h.send('GET', '/api/v1/users')).status).toBe(429);
    const other = await h.send('GET', '/api/v1/users', { key: keys.readOnly });
    expect([other.status, other.headers['RateLimit-Remaining']]).toEqual([200, '2']);
  });

  it('carries the headers on 403 answers too', async () => {
    const answer = await h.send('DELETE', '/api/v1/users/usr_x', { key: keys.readOnly });
    expect([answer.status, answer.headers['RateLimit-Remaining']]).toEqual([403, '2']);
  });
});
