import { beforeAll, describe, expect, it } from '@jest/globals';
import { fixture } from './conformance-fixture';
import type { StartConformanceHost } from './conformance-host';
import {
  createRestUser,
  EMAIL_TAKEN,
  INSUFFICIENT,
  invalidText,
  NOT_FOUND,
  REST_V1_JSON,
  restIdOf,
  restKeys,
  TIMESTAMP,
  useRestHost,
  USERS,
} from './rest-v1-client';

const acme = fixture.acme.users;

/** docs/dialects/rest-v1.md: GET, PUT and DELETE of one user, with the 403 / 404 / 409 rows. */
export function describeRestV1UserConformance(startHost: StartConformanceHost): void {
  describe('rest-v1: /api/v1/users/{user_id}', () => {
    const send = useRestHost(startHost);
    const at = (id: string) => `${USERS}/${id}`;
    let ownerId = '';
    let supportId = '';
    beforeAll(async () => {
      ownerId = await restIdOf(send, acme.owner.email);
      supportId = await restIdOf(send, acme.supportUser.email);
    });

    it('GET 200 with last_login (null when never) and settings', async () => {
      const id = await createRestUser(send, { email: 'get.me@example.com', name: 'Get Me', settings: { theme: 'light' } });
      const answer = await send('GET', at(id), { key: restKeys.readOnly });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe(REST_V1_JSON);
      const created = answer.json.data.created_at;
      expect(created).toMatch(TIMESTAMP);
      expect(answer.text).toBe(
        `{"data":{"id":"${id}","email":"get.me@example.com","name":"Get Me","role":"user","status":"pending","created_at":"${created}","last_login":null,"settings":{"theme":"light","notifications":true},"profile":{}}}`,
      );
    });

    it('GET 404 for an unknown id, a user of another tenant, or one outside the key organization', async () => {
      expect((await send('GET', at('usr_doesnotexist000'))).text).toBe(NOT_FOUND);
      expect((await send('GET', at('1'))).status).toBe(404);
      const answer = await send('GET', at(ownerId), { key: restKeys.globex });
      expect([answer.status, answer.text]).toEqual([404, NOT_FOUND]);
      expect(answer.headers['content-type']).toBe(REST_V1_JSON);
      expect((await send('GET', at(supportId), { key: restKeys.sales })).text).toBe(NOT_FOUND);
    });

    it('GET 403 for a key without user:read', async () => {
      expect((await send('GET', at(ownerId), { key: restKeys.publisher })).text).toBe(INSUFFICIENT);
    });

    it('PUT 200 with updated_at, changing only the fields sent', async () => {
      const id = await createRestUser(send, { email: 'put.me@example.com', name: 'Jane Smith', role: 'publisher' });
      const answer = await send('PUT', at(id), { body: { name: 'Jane Smith-Johnson', role: 'administrator', status: 'active' } });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe(REST_V1_JSON);
      const { created_at, updated_at } = answer.json.data;
      expect([created_at, updated_at]).toEqual([expect.stringMatching(TIMESTAMP), expect.stringMatching(TIMESTAMP)]);
      expect(updated_at >= created_at).toBe(true);
      expect(answer.text).toBe(
        `{"data":{"id":"${id}","email":"put.me@example.com","name":"Jane Smith-Johnson","role":"administrator","status":"active","created_at":"${created_at}","updated_at":"${updated_at}"}}`,
      );
      const email = await send('PUT', at(id), { body: { email: 'Put.Me.Again@Example.com' } });
      expect(email.json.data).toMatchObject({ email: 'put.me.again@example.com', name: 'Jane Smith-Johnson', status: 'active' });
    });

    it('PUT settings replaces the whole object: omitted keys return to their defaults', async () => {
      const id = await createRestUser(send, {
        email: 'settings@example.com',
        name: 'Set Tings',
        settings: { theme: 'dark', notifications: false },
      });
      await send('PUT', at(id), { body: { settings: { notifications: false } } });
      expect((await send('GET', at(id))).json.data.settings).toEqual({ theme: 'system', notifications: false });
      await send('PUT', at(id), { body: { settings: { theme: 'light' } } });
      expect((await send('GET', at(id))).json.data.settings).toEqual({ theme: 'light', notifications: true });
    });

    it.each([
      [{ status: 'archived' }, { status: ['must be one of: active, inactive, pending'] }],
      [{ email: 'nope' }, { email: ['must be a valid e-mail address'] }],
      [{ name: '' }, { name: ['must be 1 to 255 characters'] }],
      [{ password: 'new password 1' }, { password: ['is not allowed'] }],
      [{ settings: { theme: 'dark', sound: true } }, { 'settings.sound': ['is not allowed'] }],
    ])('PUT 400 Invalid parameters for %j', async (body, errors) => {
      const answer = await send('PUT', at(supportId), { body });
      expect([answer.status, answer.text]).toEqual([400, invalidText(errors)]);
    });

    it('PUT 409 for the e-mail of another user, whatever its case; its own e-mail is fine', async () => {
      const id = await createRestUser(send, { email: 'mover@example.com', name: 'Mover' });
      const answer = await send('PUT', at(id), { body: { email: 'ADMIN@acme.example.com' } });
      expect([answer.status, answer.text]).toEqual([409, EMAIL_TAKEN]);
      expect((await send('PUT', at(id), { body: { email: 'MOVER@example.com' } })).status).toBe(200);
    });

    it('PUT 403 for a user ranked above the key, a role above it, or a read-only key', async () => {
      expect((await send('PUT', at(ownerId), { body: { name: 'Taken Over' } })).text).toBe(INSUFFICIENT);
      expect((await send('PUT', at(supportId), { body: { role: 'owner' } })).text).toBe(INSUFFICIENT);
      expect((await send('PUT', at(supportId), { key: restKeys.readOnly, body: { name: 'R O' } })).text).toBe(INSUFFICIENT);
      const sales = await restIdOf(send, acme.salesAdmin.email);
      expect((await send('PUT', at(ownerId), { key: restKeys.sales, body: { name: 'X' } })).text).toBe(NOT_FOUND);
      expect((await send('PUT', at(sales), { key: restKeys.sales, body: { role: 'administrator' } })).text).toBe(INSUFFICIENT);
    });

    it('PUT 404 for an unknown id, another tenant, or outside the key organization', async () => {
      expect((await send('PUT', at('usr_doesnotexist000'), { body: { name: 'X' } })).text).toBe(NOT_FOUND);
      expect((await send('PUT', at(supportId), { key: restKeys.globex, body: { name: 'X' } })).text).toBe(NOT_FOUND);
      expect((await send('PUT', at(supportId), { key: restKeys.sales, body: { name: 'X' } })).text).toBe(NOT_FOUND);
    });

    it('DELETE 200 success, then GET and DELETE 404', async () => {
      const id = await createRestUser(send, { email: 'delete.me@example.com', name: 'Delete Me' });
      const answer = await send('DELETE', at(id));
      expect([answer.status, answer.text]).toEqual([200, '{"success":true,"message":"User deleted successfully"}']);
      expect(answer.headers['content-type']).toBe(REST_V1_JSON);
      expect((await send('GET', at(id))).text).toBe(NOT_FOUND);
      expect((await send('DELETE', at(id))).text).toBe(NOT_FOUND);
    });

    it('DELETE 403 for a user ranked above the key or a read-only key; 404 outside its reach', async () => {
      expect((await send('DELETE', at(ownerId))).text).toBe(INSUFFICIENT);
      expect((await send('DELETE', at(supportId), { key: restKeys.readOnly })).text).toBe(INSUFFICIENT);
      expect((await send('DELETE', at(supportId), { key: restKeys.globex })).text).toBe(NOT_FOUND);
      expect((await send('DELETE', at(supportId), { key: restKeys.sales })).text).toBe(NOT_FOUND);
      expect((await send('GET', at(supportId))).status).toBe(200);
    });
  });
}
