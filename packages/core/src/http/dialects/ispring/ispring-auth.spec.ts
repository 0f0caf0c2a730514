import { actors, fakeHasher, setupIspring, type Credentials, type IspringHarness } from './ispring.fixture';

const TEXT = 'text/plain; charset=utf-8';

describe('ispring authentication', () => {
  let harness: IspringHarness;
  beforeEach(async () => {
    harness = await setupIspring();
  });

  const expectUnauthorized = async (headers: Record<string, string>, as: Credentials | null = null) => {
    const answer = await harness.send('GET', '/user', { as, headers });
    expect([answer.status, answer.text, answer.headers['Content-Type']]).toEqual([401, 'Unauthorized', TEXT]);
  };

  it('answers 401 when any of the three headers is missing or empty', async () => {
    const { accountUrl, email, password } = actors.admin;
    await expectUnauthorized({ 'X-Auth-Email': email, 'X-Auth-Password': password });
    await expectUnauthorized({ 'X-Auth-Account-Url': accountUrl, 'X-Auth-Password': password });
    await expectUnauthorized({ 'X-Auth-Account-Url': accountUrl, 'X-Auth-Email': email });
    await expectUnauthorized({ 'X-Auth-Account-Url': accountUrl, 'X-Auth-Email': email, 'X-Auth-Password': '' });
    await expectUnauthorized({});
  });

  it('answers 401 for an unknown account, an unknown user, a wrong password and an inactive user', async () => {
    await expectUnauthorized({}, { ...actors.admin, accountUrl: 'https://nowhere.example.com' });
    await expectUnauthorized({}, { ...actors.admin, accountUrl: 'not a url' });
    await expectUnauthorized({}, { ...actors.admin, email: 'nobody@acme.example.com' });
    await expectUnauthorized({}, { ...actors.admin, password: 'wrong password' });
    await expectUnauthorized({}, actors.inactive);
    // The right password of another tenant's user is no key to this one.
    await expectUnauthorized({}, { ...actors.globex, accountUrl: actors.admin.accountUrl });
  });

  it('verifies a (dummy) password hash for an unknown account too, so its timing tells nothing', async () => {
    const verify = jest.spyOn(fakeHasher, 'verify');
    try {
      await expectUnauthorized({}, { ...actors.admin, accountUrl: 'https://nowhere.example.com' });
      await expectUnauthorized({}, { ...actors.admin, accountUrl: 'not a url' });
      expect(verify).toHaveBeenCalledTimes(2);
    } finally {
      verify.mockRestore();
    }
  });

  it('accepts the login instead of the e-mail, any case of the e-mail, and a normalised account URL', async () => {
    for (const as of [
      { ...actors.admin, email: 'admin' },
      { ...actors.admin, email: 'ADMIN@Acme.Example.com' },
      { ...actors.admin, accountUrl: 'HTTP://ACME.example.com/' },
      { ...actors.admin, accountUrl: 'https://acme.example.com:443' },
    ]) {
      expect((await harness.send('GET', '/user', { as })).status).toBe(200);
    }
  });

  it('lets the owner, administrators and organization administrators in', async () => {
    for (const as of [actors.owner, actors.admin, actors.salesAdmin, actors.globex]) {
      expect((await harness.send('GET', '/user', { as })).status).toBe(200);
    }
  });

  it('answers 403 Permission Denied to every other role, on every route', async () => {
    const id = 4;
    const calls: [string, string, Record<string, string>][] = [
      ['GET', '/user', {}],
      ['GET', `/user/${id}`, {}],
      ['POST', '/user', { 'X-Email': 'someone@acme.example.com' }],
      ['POST', `/user/${id}`, { 'X-Fields-Xml': '<fields><first_name>X</first_name></fields>' }],
      ['DELETE', `/user/${id}`, {}],
    ];
    for (const as of [actors.publisher, actors.eastUser]) {
      for (const [method, path, headers] of calls) {
        const answer = await harness.send(method, path, { as, headers });
        expect([method, path, answer.status, answer.text, answer.headers['Content-Type']]).toEqual([
          method,
          path,
          403,
          'Permission Denied',
          TEXT,
        ]);
      }
    }
  });

  describe('throttling', () => {
    const attempt = (as: Credentials, clientAddress = '203.0.113.7') => harness.send('GET', '/user', { as, clientAddress });

    it('answers 429 with Retry-After from the 11th attempt on, even with the right password', async () => {
      for (let i = 0; i < 10; i++) expect((await attempt({ ...actors.salesAdmin, password: `guess ${i}` })).status).toBe(401);
      const answer = await attempt(actors.salesAdmin);
      expect([answer.status, answer.text, answer.headers['Content-Type']]).toEqual([429, 'Too Many Requests', TEXT]);
      const retryAfter = Number(answer.headers['Retry-After']);
      expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 900).toBe(true);
      // The same e-mail in another case, from another address, is the same login.
      expect((await attempt({ ...actors.salesAdmin, email: 'SALES.ADMIN@acme.example.com' }, '198.51.100.1')).status).toBe(429);
      // Other users are not affected.
      expect((await attempt(actors.admin)).status).toBe(200);
    });

    it('throttles an unknown login alike, so the answer does not tell whether it exists', async () => {
      const ghost = { ...actors.admin, email: 'ghost@acme.example.com', password: 'whatever' };
      for (let i = 0; i < 10; i++) expect((await attempt(ghost)).status).toBe(401);
      expect((await attempt(ghost)).status).toBe(429);
    });

    it('fewer than 10 failures do not throttle, and a success clears them', async () => {
      for (let i = 0; i < 9; i++) await attempt({ ...actors.salesAdmin, password: 'nope' });
      expect((await attempt(actors.salesAdmin)).status).toBe(200);
      for (let i = 0; i < 9; i++) await attempt({ ...actors.salesAdmin, password: 'nope' });
      expect((await attempt(actors.salesAdmin)).status).toBe(200);
    });

    it('throttles guesses at an unknown account alike, and counts them against the address', async () => {
      const nowhere = { ...actors.admin, accountUrl: 'https://nowhere.example.com' };
      for (let i = 0; i < 10; i++) expect((await attempt(nowhere)).status).toBe(401);
      expect((await attempt(nowhere)).status).toBe(429);
      expect((await attempt(actors.admin)).status).toBe(200);
    });

    it('limits one client address to 100 failures, whatever the logins', async () => {
      for (let i = 0; i < 100; i++) await attempt({ ...actors.admin, email: `ghost${i}@acme.example.com` }, '192.0.2.9');
      expect((await attempt(actors.admin, '192.0.2.9')).status).toBe(429);
      expect((await attempt(actors.admin, '192.0.2.10')).status).toBe(200);
    });
  });
});
