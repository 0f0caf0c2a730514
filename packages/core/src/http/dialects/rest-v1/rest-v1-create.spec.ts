import { fixture } from '@roster/testing';
import { createUser, failureBody, invalidBody, JSON_TYPE, keys, setupRestV1, type Harness } from './rest-v1.fixture';

const post = (h: Harness, body: unknown, key: string = keys.admin) => h.send('POST', '/api/v1/users', { key, body });

describe('rest-v1 POST /api/v1/users (in-process)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await setupRestV1();
    h.clock.set('2023-06-21T09:15:30.789Z');
  });

  it('answers 201 with the six fields, always pending, role defaulting to the lowest', async () => {
    const answer = await post(h, { email: 'Jane.Smith@Example.com', name: 'Jane Smith', password: 'securePassword123' });
    expect(answer.status).toBe(201);
    expect(answer.headers).toEqual({ 'Content-Type': JSON_TYPE });
    const id = answer.json.data.id as string;
    expect(id).toMatch(/^usr_[A-Za-z0-9_-]{10,}$/);
    expect(answer.text).toBe(
      `{"data":{"id":"${id}","email":"jane.smith@example.com","name":"Jane Smith","role":"user","status":"pending","created_at":"2023-06-21T09:15:30Z"}}`,
    );
    expect(answer.text).not.toContain('securePassword123');
  });

  it('stores the name split at the first space, the role and settings asked for', async () => {
    const id = await createUser(h, {
      email: 'mary@example.com',
      name: '  Mary  Ann Jones ',
      role: 'publisher',
      settings: { theme: 'dark' },
    });
    const read = await h.send('GET', `/api/v1/users/${id}`);
    expect(read.json.data).toMatchObject({ name: 'Mary Ann Jones', role: 'publisher', status: 'pending' });
    expect(read.json.data.settings).toEqual({ theme: 'dark', notifications: true });
    const view = await h.roster.users.get(await h.roster.auth.authenticateApiKey({ secret: keys.owner }), { publicId: id });
    expect([view.firstName, view.lastName]).toEqual(['Mary', 'Ann Jones']);
  });

  it('refuses a status on create: new users are always pending', async () => {
    const answer = await post(h, { email: 'x@example.com', name: 'X', status: 'active' });
    expect(answer.text).toBe(invalidBody({ status: ['is not allowed'] }));
  });

  it.each([
    [{ name: 'No Mail' }, { email: ['is required'] }],
    [{ email: 'bad', name: 'Bad' }, { email: ['must be a valid e-mail address'] }],
    [{ email: 'a@example.com', name: '' }, { name: ['must be 1 to 255 characters'] }],
    [{ email: 'a@example.com', name: 'A', password: 'short' }, { password: ['must be 8 to 255 characters'] }],
    [
      { email: 'a@example.com', name: 'A', role: 'boss' },
      { role: ['must be one of: owner, administrator, organizationAdministrator, publisher, user'] },
    ],
    [{ email: 'a@example.com', name: 'A', settings: { theme: 'dark', font: 'big' } }, { 'settings.font': ['is not allowed'] }],
    [{ email: 'a@example.com', name: 'A', nickname: 'a' }, { nickname: ['is not allowed'] }],
  ])('refuses %j with 400', async (body, errors) => {
    const answer = await post(h, body);
    expect(answer.status).toBe(400);
    expect(answer.text).toBe(invalidBody(errors));
  });

  it('refuses an e-mail already used in the tenant, whatever its case, with 409', async () => {
    const answer = await post(h, { email: 'OWNER@Acme.Example.COM', name: 'Copy' });
    expect(answer.status).toBe(409);
    expect(answer.text).toBe(failureBody('Email already in use'));
  });

  it('lets the same e-mail exist in another tenant', async () => {
    expect((await post(h, { email: fixture.acme.users.owner.email, name: 'Twin' }, keys.globex)).status).toBe(201);
  });

  it('uses the e-mail as login in a tenant that identifies users by login', async () => {
    expect((await post(h, { email: 'worker@globex.example.org', name: 'Worker' }, keys.globex)).status).toBe(201);
    const again = await post(h, { email: 'Worker@globex.example.org', name: 'Worker Two' }, keys.globex);
    expect(again.text).toBe(failureBody('Email already in use'));
  });

  it('refuses a role above the key with 403, and allows its own rank', async () => {
    expect((await post(h, { email: 'boss@example.com', name: 'Boss', role: 'owner' })).text).toBe(failureBody('Insufficient permissions'));
    expect((await post(h, { email: 'peer@example.com', name: 'Peer', role: 'administrator' })).status).toBe(201);
    const sales = await post(h, { email: 's@example.com', name: 'S', role: 'administrator' }, keys.sales);
    expect(sales.status).toBe(403);
  });

  it('refuses keys that may not write with 403', async () => {
    for (const key of [keys.readOnly, keys.publisher]) {
      const answer = await post(h, { email: 'ro@example.com', name: 'Read Only' }, key);
      expect([answer.status, answer.text]).toEqual([403, failureBody('Insufficient permissions')]);
    }
  });

  it("puts a user created by an organization-bound key in the key's organization", async () => {
    const id = await createUser(h, { email: 'east2@example.com', name: 'East Two' }, keys.sales);
    expect((await h.send('GET', `/api/v1/users/${id}`, { key: keys.sales })).status).toBe(200);
  });

  it('answers 403 "User limit reached" when the seat limit is reached', async () => {
    expect((await post(h, { email: 'second@tiny.example.net', name: 'Second' }, keys.tiny)).status).toBe(201);
    const third = await post(h, { email: 'third@tiny.example.net', name: 'Third' }, keys.tiny);
    expect([third.status, third.text]).toEqual([403, failureBody('User limit reached')]);
  });
});
