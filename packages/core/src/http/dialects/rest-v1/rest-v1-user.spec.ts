import { fixture } from '@roster/testing';
import { createUser, failureBody, invalidBody, JSON_TYPE, keys, publicIdOf, setupRestV1, type Harness } from './rest-v1.fixture';

const acme = fixture.acme.users;
const NOT_FOUND = failureBody('User does not exist');
const FORBIDDEN = failureBody('Insufficient permissions');
const path = (id: string) => `/api/v1/users/${id}`;

describe('rest-v1 /api/v1/users/{user_id} (in-process)', () => {
  let h: Harness;
  let janeId: string;
  beforeEach(async () => {
    h = await setupRestV1();
    h.clock.set('2023-06-21T09:15:30Z');
    janeId = await createUser(h, { email: 'jane@example.com', name: 'Jane Smith', role: 'publisher' });
    h.clock.set('2023-06-21T10:22:15.900Z');
  });

  describe('GET', () => {
    it('answers the user with last_login and settings', async () => {
      const answer = await h.send('GET', path(janeId), { key: keys.readOnly });
      expect(answer.status).toBe(200);
      expect(answer.headers).toEqual({ 'Content-Type': JSON_TYPE });
      expect(answer.text).toBe(
        `{"data":{"id":"${janeId}","email":"jane@example.com","name":"Jane Smith","role":"publisher","status":"pending","created_at":"2023-06-21T09:15:30Z","last_login":null,"settings":{"theme":"system","notifications":true},"profile":{}}}`,
      );
    });

    it("answers 404 for an unknown id, another tenant's user, or one outside the key's organization", async () => {
      expect((await h.send('GET', path('usr_doesnotexist0000'))).text).toBe(NOT_FOUND);
      expect((await h.send('GET', path('42'))).status).toBe(404);
      expect((await h.send('GET', path(janeId), { key: keys.globex })).text).toBe(NOT_FOUND);
      const support = await publicIdOf(h, acme.supportUser.email);
      expect((await h.send('GET', path(support), { key: keys.sales })).text).toBe(NOT_FOUND);
    });

    it('answers 403 to a key without user:read', async () => {
      expect((await h.send('GET', path(janeId), { key: keys.publisher })).text).toBe(FORBIDDEN);
    });
  });

  describe('PUT', () => {
    const put = (id: string, body: unknown, key: string = keys.admin) => h.send('PUT', path(id), { key, body });

    it('changes the fields sent and answers with updated_at', async () => {
      const answer = await put(janeId, { name: 'Jane Smith-Johnson', role: 'administrator', status: 'active' });
      expect(answer.status).toBe(200);
      expect(answer.text).toBe(
        `{"data":{"id":"${janeId}","email":"jane@example.com","name":"Jane Smith-Johnson","role":"administrator","status":"active","created_at":"2023-06-21T09:15:30Z","updated_at":"2023-06-21T10:22:15Z"}}`,
      );
      const email = await put(janeId, { email: 'Jane.New@Example.com' });
      expect(email.json.data).toMatchObject({ email: 'jane.new@example.com', name: 'Jane Smith-Johnson', status: 'active' });
    });

    it('replaces the whole settings object, omitted keys back to their defaults', async () => {
      await put(janeId, { settings: { theme: 'dark', notifications: false } });
      await put(janeId, { settings: { notifications: false } });
      expect((await h.send('GET', path(janeId))).json.data.settings).toEqual({ theme: 'system', notifications: false });
      await put(janeId, { settings: {} });
      expect((await h.send('GET', path(janeId))).json.data.settings).toEqual({ theme: 'system', notifications: true });
    });

    it('accepts an empty object and changes nothing but updated_at', async () => {
      const answer = await put(janeId, {});
      expect(answer.json.data).toMatchObject({
        name: 'Jane Smith',
        role: 'publisher',
        status: 'pending',
        updated_at: '2023-06-21T10:22:15Z',
      });
    });

    it.each([
      [{ status: 'deleted' }, { status: ['must be one of: active, inactive, pending'] }],
      [{ name: null }, { name: ['must be a string'] }],
      [{ password: 'a new password' }, { password: ['is not allowed'] }],
      [{ settings: { theme: 'neon' } }, { 'settings.theme': ['must be one of: light, dark, system'] }],
    ])('refuses %j with 400', async (body, errors) => {
      expect((await put(janeId, body)).text).toBe(invalidBody(errors));
    });

    it('refuses an e-mail of another user of the tenant, whatever its case, with 409', async () => {
      expect((await put(janeId, { email: 'ADMIN@acme.example.com' })).text).toBe(failureBody('Email already in use'));
      expect((await put(janeId, { email: 'JANE@example.com' })).status).toBe(200);
    });

    it('answers 403 for a user ranked above the key, a role above it, or a read-only key', async () => {
      const owner = await publicIdOf(h, acme.owner.email);
      expect((await put(owner, { name: 'Taken Over' })).text).toBe(FORBIDDEN);
      expect((await put(janeId, { role: 'owner' })).text).toBe(FORBIDDEN);
      expect((await put(janeId, { name: 'Read Only' }, keys.readOnly)).text).toBe(FORBIDDEN);
      const salesAdmin = await publicIdOf(h, acme.salesAdmin.email);
      expect((await put(salesAdmin, { status: 'inactive' }, keys.sales)).status).toBe(200);
    });

    it("answers 404 for an unknown user, another tenant's, or one outside the key's organization", async () => {
      expect((await put('usr_nope', { name: 'X' })).text).toBe(NOT_FOUND);
      expect((await put(janeId, { name: 'X' }, keys.globex)).text).toBe(NOT_FOUND);
      expect((await put(janeId, { name: 'X' }, keys.sales)).text).toBe(NOT_FOUND);
    });
  });

  describe('DELETE', () => {
    it('deletes the user: 200, then 404 on GET and on a second DELETE', async () => {
      const answer = await h.send('DELETE', path(janeId));
      expect([answer.status, answer.text]).toEqual([200, '{"success":true,"message":"User deleted successfully"}']);
      expect(answer.headers).toEqual({ 'Content-Type': JSON_TYPE });
      expect((await h.send('GET', path(janeId))).text).toBe(NOT_FOUND);
      expect((await h.send('DELETE', path(janeId))).text).toBe(NOT_FOUND);
    });

    it('answers 403 for a user ranked above the key or a read-only key, 404 outside its reach', async () => {
      expect((await h.send('DELETE', path(await publicIdOf(h, acme.owner.email)))).text).toBe(FORBIDDEN);
      expect((await h.send('DELETE', path(janeId), { key: keys.readOnly })).text).toBe(FORBIDDEN);
      expect((await h.send('DELETE', path(janeId), { key: keys.globex })).text).toBe(NOT_FOUND);
      expect((await h.send('DELETE', path(janeId), { key: keys.sales })).text).toBe(NOT_FOUND);
      expect((await h.send('GET', path(janeId))).status).toBe(200);
    });

    it('gives the seat back', async () => {
      const second = await createUser(h, { email: 'second@tiny.example.net', name: 'Second' }, keys.tiny);
      const post = () => h.send('POST', '/api/v1/users', { key: keys.tiny, body: { email: 'third@tiny.example.net', name: 'T' } });
      expect((await post()).status).toBe(403);
      expect((await h.send('DELETE', path(second), { key: keys.tiny })).status).toBe(200);
      expect((await post()).status).toBe(201);
    });
  });
});
