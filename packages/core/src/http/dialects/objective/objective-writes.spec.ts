import { fixture } from '@roster/testing';
import { fakeHasher, keys, setupObjective, type ObjectiveHarness } from './objective.fixture';

const INVALID_BODY = '{"message":"The given data was invalid.","errors":{"email":["The email field is required."]}}';
const TAKEN = '{"message":"The given data was invalid.","errors":{"email":["The email has already been taken."]}}';
const NOT_FOUND = '{"error":"User not found"}';
const { users } = fixture.acme;

let h: ObjectiveHarness;
beforeEach(async () => {
  h = await setupObjective();
});

async function create(body: unknown, key: string = keys.admin): Promise<number> {
  const answer = await h.send('POST', '/api/users', { key, body });
  expect(answer.status).toBe(201);
  return (answer.json as { user_id: number }).user_id;
}

const read = async (id: number) => (await h.send('GET', `/api/users/${id}`, { key: keys.owner })).json as Record<string, unknown>;

describe('POST /api/users', () => {
  it('201 with the new id; defaults Student/Member, source api, lowest role whatever is sent', async () => {
    const answer = await h.send('POST', '/api/users', { body: { email: 'new@example.com', role: 'owner', backendAccess: true } });
    expect(answer.status).toBe(201);
    const id = (answer.json as { user_id: number }).user_id;
    expect(answer.text).toBe(`{"message":"User created successfully","user_id":${id}}`);
    expect(Number.isSafeInteger(id) && id > 0).toBe(true);
    expect(await read(id)).toMatchObject({
      first_name: 'Student',
      last_name: 'Member',
      source: 'api',
      role: 'Member',
      live_scanner: false,
      external_id: null,
      phone_number: null,
    });
    expect(await create({ email: 'second@example.com' })).not.toBe(id);
  });

  it('hashes the password sent, and none without one (the 12 random characters would be known to nobody)', async () => {
    fakeHasher.hashed.length = 0;
    await create({ email: 'gen@example.com' });
    expect(fakeHasher.hashed).toHaveLength(0);
    await create({ email: 'own@example.com', password: 'my secret pass' });
    expect(fakeHasher.hashed).toEqual(['my secret pass']);
  });

  it('stores the fields sent, external_id as a number', async () => {
    const id = await create({
      email: ' Ann@Example.COM ',
      first_name: 'Ann',
      last_name: 'Lee',
      external_id: '1.5e3',
      source: 'crm',
      phone_number: '+1 555',
      live_scanner: '1',
    });
    expect(await read(id)).toMatchObject({
      email: 'ann@example.com',
      first_name: 'Ann',
      last_name: 'Lee',
      external_id: 1500,
      source: 'crm',
      phone_number: '+1 555',
      live_scanner: true,
    });
  });

  it('accepts 255 multibyte characters in a name', async () => {
    const name = '😀'.repeat(255);
    const id = await create({ email: 'emoji@example.com', first_name: name });
    expect((await read(id))['first_name']).toBe(name);
  });

  it.each([
    ['empty', ''],
    ['invalid JSON', '{"email":'],
    ['an array', '[{"email":"a@example.com"}]'],
    ['a string', '"a@example.com"'],
    ['null', 'null'],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0x7d])],
  ])('a body that is not a JSON object (%s) → 422 email required', async (_name, body) => {
    const answer = await h.send('POST', '/api/users', { body });
    expect([answer.status, answer.text]).toEqual([422, INVALID_BODY]);
  });

  it('an e-mail taken (any case) → 422, alone or with the other fields’ errors', async () => {
    expect((await h.send('POST', '/api/users', { body: { email: users.owner.email.toUpperCase() } })).text).toBe(TAKEN);
    const both = await h.send('POST', '/api/users', { body: { email: users.owner.email, first_name: 5 } });
    expect(both.json).toEqual({
      message: 'The given data was invalid.',
      errors: { email: ['The email has already been taken.'], first_name: ['The first name field must be a string.'] },
    });
  });

  it('an e-mail taken by a user outside the key’s scope → the same 422', async () => {
    expect((await h.send('POST', '/api/users', { key: keys.sales, body: { email: users.owner.email } })).text).toBe(TAKEN);
  });

  it('the seat limit → 403 User limit reached', async () => {
    await create({ email: 'one@tiny.example.net' }, fixture.tiny.keys.admin);
    const answer = await h.send('POST', '/api/users', { key: fixture.tiny.keys.admin, body: { email: 'two@tiny.example.net' } });
    expect([answer.status, answer.text]).toEqual([403, '{"error":"User limit reached"}']);
  });

  it('in a tenant that identifies users by login, the e-mail is the login', async () => {
    const id = await create({ email: 'worker@globex.example.org' }, fixture.globex.keys.admin);
    const answer = await h.send('GET', `/api/users/${id}`, { key: fixture.globex.keys.admin });
    expect(answer.json).toMatchObject({ email: 'worker@globex.example.org', role: 'Member' });
    const again = await h.send('POST', '/api/users', { key: fixture.globex.keys.admin, body: { email: 'WORKER@globex.example.org' } });
    expect(again.text).toBe(TAKEN);
  });

  it('a key bound to an organization creates in its organization', async () => {
    const id = await create({ email: 'seller@example.com' }, keys.sales);
    expect((await h.send('GET', `/api/users/${id}`, { key: keys.sales })).status).toBe(200);
  });
});

describe('PUT /api/users/{user_id}', () => {
  it('changes only the fields sent', async () => {
    const id = await create({ email: 'ann@example.com', first_name: 'Ann', phone_number: '1', external_id: 5 });
    const answer = await h.send('PUT', `/api/users/${id}`, { body: { last_name: 'Lee', live_scanner: true, external_id: '-2.5' } });
    expect([answer.status, answer.text]).toEqual([200, '{"message":"User updated successfully"}']);
    expect(await read(id)).toMatchObject({
      email: 'ann@example.com',
      first_name: 'Ann',
      last_name: 'Lee',
      phone_number: '1',
      live_scanner: true,
      external_id: -2.5,
    });
  });

  it('null and "" change nothing; an empty body is no change', async () => {
    const id = await create({ email: 'ann@example.com', first_name: 'Ann' });
    for (const body of [{ first_name: null, email: '' }, '', {}]) {
      expect((await h.send('PUT', `/api/users/${id}`, { body })).status).toBe(200);
    }
    expect(await read(id)).toMatchObject({ email: 'ann@example.com', first_name: 'Ann' });
  });

  it('a body that is not a JSON object → the invalid-body 422', async () => {
    const id = await create({ email: 'ann@example.com' });
    expect((await h.send('PUT', `/api/users/${id}`, { body: '[1]' })).text).toBe(INVALID_BODY);
  });

  it('unique ignores the user itself, not the others', async () => {
    const id = await create({ email: 'ann@example.com' });
    expect((await h.send('PUT', `/api/users/${id}`, { body: { email: 'ANN@example.com' } })).status).toBe(200);
    expect((await h.send('PUT', `/api/users/${id}`, { body: { email: users.admin.email } })).text).toBe(TAKEN);
  });

  it('validates before looking the user up (422 before 404)', async () => {
    const answer = await h.send('PUT', '/api/users/999', { body: { email: 'bad' } });
    expect(answer.status).toBe(422);
    expect((await h.send('PUT', '/api/users/999', { body: { first_name: 'X' } })).text).toBe(NOT_FOUND);
  });

  it.each(['999', 'abc', '0', '1.5'])('unknown or malformed id %s → 404', async (id) => {
    const answer = await h.send('PUT', `/api/users/${id}`, { body: { first_name: 'X' } });
    expect([answer.status, answer.text]).toEqual([404, NOT_FOUND]);
  });

  it('another tenant’s user and a user outside the key’s scope → 404', async () => {
    const publisher = await h.idOf(users.publisher.email);
    expect((await h.send('PUT', `/api/users/${publisher}`, { key: fixture.globex.keys.admin, body: {} })).text).toBe(NOT_FOUND);
    const support = await h.idOf(users.supportUser.email);
    expect((await h.send('PUT', `/api/users/${support}`, { key: keys.sales, body: { first_name: 'X' } })).text).toBe(NOT_FOUND);
  });

  it('a user with backend access → 403, unchanged', async () => {
    const id = await h.idOf(users.owner.email);
    const answer = await h.send('PUT', `/api/users/${id}`, { key: keys.owner, body: { first_name: 'Changed' } });
    expect([answer.status, answer.text]).toEqual([403, '{"error":"Users with backend access cannot be modified through the API"}']);
    expect((await read(id))['first_name']).toBe('Olive');
  });

  it('a user ranked above the key → 403 {}', async () => {
    const ownerActor = await h.roster.auth.authenticateApiKey({ secret: keys.owner });
    const { user } = await h.roster.users.create(ownerActor, { email: 'boss@example.com', role: 'administrator', organizationId: 2 });
    const answer = await h.send('PUT', `/api/users/${user.id}`, { key: keys.sales, body: { first_name: 'X' } });
    expect([answer.status, answer.text]).toEqual([403, '{}']);
    expect((await h.send('GET', `/api/users/${user.id}`, { key: keys.sales })).json).toMatchObject({ role: 'administrator' });
  });

  it('sets a new password', async () => {
    const id = await create({ email: 'ann@example.com' });
    fakeHasher.hashed.length = 0;
    await h.send('PUT', `/api/users/${id}`, { body: { password: 'a new password' } });
    expect(fakeHasher.hashed).toEqual(['a new password']);
  });
});
