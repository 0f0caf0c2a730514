import { actors, idOf, setupIspring, type IspringHarness } from './ispring.fixture';

const TEXT = 'text/plain; charset=utf-8';
const BILLION_LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE fields [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">' +
  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><fields><first_name>&lol3;</first_name></fields>';
const EXTERNAL_ENTITY =
  '<?xml version="1.0"?><!DOCTYPE fields [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><fields><first_name>&xxe;</first_name></fields>';

describe('ispring POST /user/{id}', () => {
  let harness: IspringHarness;
  let east: number;
  let support: number;
  let owner: number;
  beforeEach(async () => {
    harness = await setupIspring();
    east = await idOf(harness, actors.eastUser.email);
    support = await idOf(harness, actors.supportUser.email);
    owner = await idOf(harness, actors.owner.email);
  });

  const update = (id: number | string, headers: Record<string, string>, as = actors.admin) =>
    harness.send('POST', `/user/${id}`, { as, headers });
  const fields = (inner: string) => ({ 'X-Fields-Xml': `<fields>${inner}</fields>` });
  const profile = async (id: number) => (await harness.send('GET', `/user/${id}`, { as: actors.owner })).text;
  const expectAnswer = (answer: { status: number; text: string; headers: Record<string, string> }, status: number, text: string) =>
    expect([answer.status, answer.text, answer.headers['Content-Type']]).toEqual([status, text, TEXT]);

  it('changes the fields sent and answers 200 with an empty body', async () => {
    const answer = await update(
      east,
      fields('<login>eve</login><email>Eve@Acme.Example.com</email><first_name>Zoë</first_name><last_name>Ström</last_name>'),
    );
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
    expect(answer.headers).toEqual({});
    expect(await profile(east)).toContain(
      '<fields><login>eve</login><first_name>Zoë</first_name><last_name>Ström</last_name><email>eve@acme.example.com</email></fields>',
    );
  });

  it('changes the password', async () => {
    expect((await update(east, fields('<password>a new secret</password>'))).status).toBe(200);
    const as = { ...actors.eastUser, password: 'a new secret' };
    // The user may sign in (its role may not use the API: 403, not 401).
    expect((await harness.send('GET', '/user', { as })).status).toBe(403);
    expect((await harness.send('GET', '/user', { as: actors.eastUser })).status).toBe(401);
  });

  it('moves the user, changes its role and replaces its groups, reporting refused groups', async () => {
    const answer = await update(
      east,
      { ...fields(''), 'X-Organization-Id': '2', 'X-Role': 'publisher', 'X-Groups': '11,13,99' },
      actors.salesAdmin,
    );
    expect(answer.status).toBe(200);
    expect(answer.headers['X-Exceeded-Groups']).toBe('13,99');
    expect(await profile(east)).toContain('<role>publisher</role><organizationId>2</organizationId><groups><id>11</id></groups>');
    expect((await update(east, { ...fields(''), 'X-Groups': '' })).status).toBe(200);
    expect(await profile(east)).toContain('<groups></groups>');
  });

  it.each([
    ['a missing X-Fields-Xml', {}],
    ['an empty X-Fields-Xml', { 'X-Fields-Xml': '' }],
    ['malformed XML', { 'X-Fields-Xml': '<fields><first_name>A</fields>' }],
    ['another root', { 'X-Fields-Xml': '<user><first_name>A</first_name></user>' }],
    ['an unknown field', fields('<role>owner</role>')],
    ['a billion laughs', { 'X-Fields-Xml': BILLION_LAUGHS }],
    ['an external entity', { 'X-Fields-Xml': EXTERNAL_ENTITY }],
    ['a DOCTYPE alone', { 'X-Fields-Xml': '<!DOCTYPE fields><fields/>' }],
  ])(
    'answers 400 Bad Request for %s, before the user is looked up or any permission checked',
    async (_case, headers: Record<string, string>) => {
      const spy = jest.spyOn(harness.roster.users, 'update');
      expectAnswer(await update(east, headers), 400, 'Bad Request');
      expectAnswer(await update(999, headers), 400, 'Bad Request');
      expectAnswer(await update(support, headers, actors.salesAdmin), 400, 'Bad Request');
      expectAnswer(await update(east, headers, actors.publisher), 400, 'Bad Request');
      expect(spy).not.toHaveBeenCalled();
      expect(await profile(east)).toContain('<first_name>Eve</first_name>');
    },
  );

  it.each([
    ['an invalid e-mail', fields('<email>nope</email>')],
    ['an empty password', fields('<password></password>')],
    ['a non-integer organization', { ...fields(''), 'X-Organization-Id': 'x' }],
    ['an unknown organization', { ...fields(''), 'X-Organization-Id': '999' }],
    ['an unknown role', { ...fields(''), 'X-Role': 'boss' }],
    ['non-integer groups', { ...fields(''), 'X-Groups': 'a' }],
    ['clearing the e-mail a tenant identifies users by', fields('<email></email>')],
  ])('answers 400 Bad Request for %s', async (_case, headers: Record<string, string>) => {
    expectAnswer(await update(east, headers), 400, 'Bad Request');
  });

  it('answers 404 Unknown user for an unknown id or a user outside the scope', async () => {
    expectAnswer(await update(999, fields('<first_name>X</first_name>')), 404, 'Unknown user');
    expectAnswer(await update('abc', fields('<first_name>X</first_name>')), 404, 'Unknown user');
    expectAnswer(await update(support, fields('<first_name>X</first_name>'), actors.salesAdmin), 404, 'Unknown user');
    expect(await profile(support)).toContain('<first_name>Sue</first_name>');
  });

  it('answers 403 Permission Denied for a user ranked above the actor, a role or an organization it may not give', async () => {
    expectAnswer(await update(owner, fields('<first_name>X</first_name>')), 403, 'Permission Denied');
    expectAnswer(await update(east, { ...fields(''), 'X-Role': 'owner' }), 403, 'Permission Denied');
    expectAnswer(await update(east, { ...fields(''), 'X-Role': 'administrator' }, actors.salesAdmin), 403, 'Permission Denied');
    expectAnswer(await update(east, { ...fields(''), 'X-Organization-Id': '4' }, actors.salesAdmin), 403, 'Permission Denied');
    expectAnswer(await update(east, { ...fields(''), 'X-Organization-Id': '1' }, actors.salesAdmin), 403, 'Permission Denied');
    expect(await profile(east)).toContain('<role>user</role><organizationId>3</organizationId>');
  });

  it('answers 400 "Invalid value <value>. Field <field> must be unique." when the login or e-mail is another user\'s', async () => {
    expectAnswer(
      await update(east, fields('<email>Owner@acme.example.com</email>')),
      400,
      'Invalid value Owner@acme.example.com. Field email must be unique.',
    );
    expectAnswer(await update(east, fields('<login>OWNER</login>')), 400, 'Invalid value OWNER. Field login must be unique.');
    expect((await update(east, fields('<login>a&amp;b</login>'))).status).toBe(200);
    expect((await update(support, fields('<login>a&amp;b</login>'))).text).toBe('Invalid value a&b. Field login must be unique.');
    // Its own e-mail and login are no clash.
    expect((await update(east, fields('<email>EAST.USER@acme.example.com</email><login>a&amp;b</login>'))).status).toBe(200);
  });

  it('leaves a user untouched by an empty <fields>', async () => {
    const before = await profile(east);
    expect((await update(east, fields(''))).status).toBe(200);
    expect(await profile(east)).toBe(before);
  });
});
