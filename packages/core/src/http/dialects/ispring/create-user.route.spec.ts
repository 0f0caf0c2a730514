import { actors, fakeHasher, idOf, setupIspring, type IspringHarness } from './ispring.fixture';

const TEXT = 'text/plain; charset=utf-8';

describe('ispring POST /user', () => {
  let harness: IspringHarness;
  beforeEach(async () => {
    harness = await setupIspring();
  });

  const create = (headers: Record<string, string>, as = actors.admin) => harness.send('POST', '/user', { as, headers });
  const profile = async (id: string) => (await harness.send('GET', `/user/${id}`, { as: actors.owner })).text;
  const expectAnswer = (answer: { status: number; text: string; headers: Record<string, string> }, status: number, text: string) =>
    expect([answer.status, answer.text, answer.headers['Content-Type']]).toEqual([status, text, TEXT]);

  it('answers 201 with the new id as plain text, no newline, no X-Exceeded-Groups', async () => {
    const answer = await create({ 'X-Email': 'new.user@acme.example.com', 'X-Groups': '10' });
    expect(answer.status).toBe(201);
    expect(answer.text).toMatch(/^[1-9]\d*$/);
    expect(answer.headers).toEqual({ 'Content-Type': TEXT });
    expect(Number(answer.text)).toBe(await idOf(harness, 'new.user@acme.example.com'));
    const xml = await profile(answer.text);
    expect(xml).toContain('<status>1</status><role>user</role><organizationId>1</organizationId><groups><id>10</id></groups>');
  });

  it('gives ids that are positive integers, unique and increasing', async () => {
    const first = Number((await create({ 'X-Email': 'a1@acme.example.com' })).text);
    const second = Number((await create({ 'X-Email': 'a2@acme.example.com' })).text);
    expect(first).toBeGreaterThan(7);
    expect(second).toBeGreaterThan(first);
  });

  it('sets login, role, organization and groups from the headers', async () => {
    const answer = await create({
      'X-Email': 'Mixed.Case@Acme.Example.com',
      'X-Login': 'mixed',
      'X-Role': 'administrator',
      'X-Organization-Id': '3',
      'X-Groups': '12, 10',
    });
    expect(answer.status).toBe(201);
    expect(await profile(answer.text)).toContain(
      '<role>administrator</role><organizationId>3</organizationId><groups><id>12</id><id>10</id></groups>' +
        '<fields><login>mixed</login><email>mixed.case@acme.example.com</email></fields>',
    );
  });

  it('reports groups that do not exist or lie outside the scope in X-Exceeded-Groups', async () => {
    const answer = await create({ 'X-Email': 'grouped@acme.example.com', 'X-Groups': '11,13,99,12' }, actors.salesAdmin);
    expect(answer.status).toBe(201);
    expect(answer.headers['X-Exceeded-Groups']).toBe('13,99');
    expect(await profile(answer.text)).toContain('<organizationId>2</organizationId><groups><id>11</id><id>12</id></groups>');
  });

  it("puts an organization administrator's users in its own organization by default, and in its sub-organizations on request", async () => {
    const own = await create({ 'X-Email': 'in.sales@acme.example.com' }, actors.salesAdmin);
    expect(await profile(own.text)).toContain('<organizationId>2</organizationId>');
    const sub = await create({ 'X-Email': 'in.east@acme.example.com', 'X-Organization-Id': '3' }, actors.salesAdmin);
    expect(await profile(sub.text)).toContain('<organizationId>3</organizationId>');
  });

  it('answers 403 Permission Denied for an organization outside the scope or a role above the actor', async () => {
    expectAnswer(await create({ 'X-Email': 'x1@acme.example.com', 'X-Organization-Id': '4' }, actors.salesAdmin), 403, 'Permission Denied');
    expectAnswer(await create({ 'X-Email': 'x2@acme.example.com', 'X-Organization-Id': '1' }, actors.salesAdmin), 403, 'Permission Denied');
    expectAnswer(
      await create({ 'X-Email': 'x3@acme.example.com', 'X-Role': 'administrator' }, actors.salesAdmin),
      403,
      'Permission Denied',
    );
    expectAnswer(await create({ 'X-Email': 'x4@acme.example.com', 'X-Role': 'owner' }), 403, 'Permission Denied');
    expect(
      (
        await create(
          { 'X-Email': 'x5@acme.example.com', 'X-Role': 'organizationAdministrator', 'X-Organization-Id': '3' },
          actors.salesAdmin,
        )
      ).status,
    ).toBe(201);
  });

  const valid = { 'X-Email': 'valid@acme.example.com' };
  it.each([
    ['no X-Email', { 'X-Login': 'valid' }],
    ['an empty X-Email', { 'X-Email': '' }],
    ['an invalid e-mail', { 'X-Email': 'not-an-email' }],
    ['a display name', { 'X-Email': 'Joe <joe@acme.example.com>' }],
    ['a non-integer organization', { ...valid, 'X-Organization-Id': 'two' }],
    ['a negative organization', { ...valid, 'X-Organization-Id': '-2' }],
    ['a decimal organization', { ...valid, 'X-Organization-Id': '1.5' }],
    ['an unknown organization', { ...valid, 'X-Organization-Id': '999' }],
    ['an unknown role', { ...valid, 'X-Role': 'boss' }],
    ['an empty role', { ...valid, 'X-Role': '' }],
    ['a role in another case', { ...valid, 'X-Role': 'Administrator' }],
    ['non-integer groups', { ...valid, 'X-Groups': '10,ten' }],
    ['an empty group id', { ...valid, 'X-Groups': '10,,11' }],
    ['an invalid X-Send-Login-Email', { ...valid, 'X-Send-Login-Email': 'yes' }],
    ['an empty password', { ...valid, 'X-Password': '' }],
  ])('answers 400 Bad Request for %s', async (_case, headers: Record<string, string>) => {
    expectAnswer(await create(headers), 400, 'Bad Request');
    expect((await harness.send('GET', '/user')).text).not.toMatch(/valid@acme|<login>valid</);
  });

  it('answers 409 when the e-mail or the login is taken, e-mail first, case-insensitively', async () => {
    expectAnswer(await create({ 'X-Email': 'EAST.USER@acme.example.com' }), 409, 'User with the same email is already registered.');
    expectAnswer(
      await create({ 'X-Email': 'fresh@acme.example.com', 'X-Login': 'EastUser' }),
      409,
      'User with the same login is already registered.',
    );
    expectAnswer(
      await create({ 'X-Email': 'east.user@acme.example.com', 'X-Login': 'eastuser' }),
      409,
      'User with the same email is already registered.',
    );
  });

  it('requires X-Login, not X-Email, in a tenant that identifies users by login', async () => {
    expectAnswer(await create({ 'X-Email': 'someone@globex.example.org' }, actors.globex), 400, 'Bad Request');
    const answer = await create({ 'X-Login': 'smithers' }, actors.globex);
    expect(answer.status).toBe(201);
    const xml = (await harness.send('GET', `/user/${answer.text}`, { as: actors.globex })).text;
    expect(xml).toContain('<fields><login>smithers</login></fields>');
  });

  it('answers 403 "Number of user accounts is exceeded" at the seat limit, and never exceeds it under concurrency', async () => {
    const attempts = await Promise.all([1, 2, 3, 4, 5].map((i) => create({ 'X-Email': `seat${i}@tiny.example.net` }, actors.tiny)));
    expect(attempts.filter((answer) => answer.status === 201)).toHaveLength(1);
    for (const answer of attempts.filter((a) => a.status !== 201)) expectAnswer(answer, 403, 'Number of user accounts is exceeded');
    expectAnswer(await create({ 'X-Email': 'late@tiny.example.net' }, actors.tiny), 403, 'Number of user accounts is exceeded');
  });

  it('sends the login e-mail by default, with the invitation message, and not with X-Send-Login-Email: 0', async () => {
    await create({ 'X-Email': 'mailed@acme.example.com', 'X-Invitation-Message': 'Welcome aboard, Zoë!' });
    await create({ 'X-Email': 'also.mailed@acme.example.com', 'X-Send-Login-Email': '1' });
    await create({ 'X-Email': 'silent@acme.example.com', 'X-Send-Login-Email': '0' });
    const outbox = harness.mailer.outbox;
    expect(outbox.map((message) => message.to)).toEqual(['mailed@acme.example.com', 'also.mailed@acme.example.com']);
    expect(outbox[0]!.text).toContain('Welcome aboard, Zoë!');
  });

  it('uses X-Password when given; without one the user has no password (none hashed, none returned)', async () => {
    const chosen = await create({ 'X-Email': 'chosen@acme.example.com', 'X-Password': 'chosen secret 1', 'X-Role': 'administrator' });
    const as = { ...actors.admin, email: 'chosen@acme.example.com', password: 'chosen secret 1' };
    expect((await harness.send('GET', '/user', { as })).status).toBe(200);
    const hash = jest.spyOn(fakeHasher, 'hash');
    const generated = await create({ 'X-Email': 'generated@acme.example.com', 'X-Role': 'administrator' });
    expect(generated.status).toBe(201);
    expect(hash).not.toHaveBeenCalled();
    hash.mockRestore();
    const asGenerated = { ...actors.admin, email: 'generated@acme.example.com', password: '' };
    expect((await harness.send('GET', '/user', { as: asGenerated })).status).toBe(401);
    for (const answer of [chosen, generated]) expect(JSON.stringify(answer)).not.toMatch(/chosen secret|plain:/);
  });
});
