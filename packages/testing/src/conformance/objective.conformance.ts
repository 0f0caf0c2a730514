import { describe, expect, it } from '@jest/globals';
import { fixture } from './conformance-fixture';
import type { StartConformanceHost } from './conformance-host';
import { describeObjectiveCreate } from './objective-create.conformance';
import { describeObjectiveUpdate } from './objective-update.conformance';
import { expectJson, FORBIDDEN, keys, PAYLOAD_TOO_LARGE, routeNotFound, useObjectiveHost, USER_NOT_FOUND } from './objective-wire';

/** The objective dialect over HTTP (docs/dialects/objective.md), against any host that mounts it at the root. */
export function describeObjectiveConformance(startHost: StartConformanceHost): void {
  describe('objective', () => {
    describeObjectiveAuth(startHost);
    describeObjectiveRoutes(startHost);
    describeObjectiveDetails(startHost);
    describeObjectiveCreate(startHost);
    describeObjectiveUpdate(startHost);
  });
}

function describeObjectiveAuth(startHost: StartConformanceHost): void {
  describe('objective authentication', () => {
    const client = useObjectiveHost(startHost);

    it('a missing, malformed or unknown key → 403 {} on every route', async () => {
      const id = await client.idOf(fixture.acme.users.eastUser.email);
      const headers: readonly Record<string, string>[] = [
        {},
        { Authorization: `Basic ${Buffer.from(`x:${keys.admin}`).toString('base64')}` },
        { Authorization: 'Bearer' },
        { Authorization: keys.admin },
        { Authorization: 'Bearer rk_acme_unknown_000000000000000000' },
      ];
      for (const sent of headers) {
        for (const [method, path] of [
          ['POST', '/api/users'],
          ['PUT', `/api/users/${id}`],
          ['GET', `/api/users/${id}`],
        ]) {
          expectJson(await client.send(method!, path!, { key: null, headers: sent, body: { email: 'x@example.com' } }), 403, FORBIDDEN);
        }
      }
    });

    it('a key without user:manage → 403 {} on POST and PUT, whatever the body', async () => {
      const id = await client.idOf(fixture.acme.users.eastUser.email);
      for (const body of [{ email: 'reader@example.com' }, { email: 'not valid' }]) {
        expectJson(await client.send('POST', '/api/users', { key: keys.readOnly, body }), 403, FORBIDDEN);
        expectJson(await client.send('PUT', `/api/users/${id}`, { key: keys.readOnly, body }), 403, FORBIDDEN);
      }
      expect((await client.send('GET', `/api/users/${id}`, { key: keys.readOnly })).status).toBe(200);
    });

    it('a key without user:read → 403 {} on GET', async () => {
      const id = await client.idOf(fixture.acme.users.eastUser.email);
      expectJson(await client.send('GET', `/api/users/${id}`, { key: keys.publisher }), 403, FORBIDDEN);
    });
  });
}

function describeObjectiveRoutes(startHost: StartConformanceHost): void {
  describe('objective routes', () => {
    const client = useObjectiveHost(startHost);

    it('GET /api/users is disabled: 404, with or without a key', async () => {
      expectJson(await client.send('GET', '/api/users', { key: null }), 404, routeNotFound('api/users'));
      expectJson(await client.send('GET', '/api/users', { key: keys.owner }), 404, routeNotFound('api/users'));
    });

    it('DELETE /api/users/{user_id} is disabled: 404 naming the id, and the user stays', async () => {
      const id = await client.idOf(fixture.acme.users.eastUser.email);
      expectJson(await client.send('DELETE', `/api/users/${id}`, { key: keys.owner }), 404, routeNotFound(`api/users/${id}`));
      expectJson(await client.send('DELETE', '/api/users/12345', { key: null }), 404, routeNotFound('api/users/12345'));
      expect((await client.read(id))['email']).toBe(fixture.acme.users.eastUser.email);
    });

    it('a body over 1 MiB → 413', async () => {
      const body = JSON.stringify({ email: 'big@example.com', padding: 'x'.repeat(1024 * 1024) });
      expectJson(await client.send('POST', '/api/users', { body }), 413, PAYLOAD_TOO_LARGE);
    });
  });
}

const USER_KEYS = [
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
];
const LARAVEL_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;

function describeObjectiveDetails(startHost: StartConformanceHost): void {
  describe('objective GET /api/users/{user_id}', () => {
    const client = useObjectiveHost(startHost);

    it('200: the bare user object, exactly the spec keys in order, role Member for the lowest role', async () => {
      const id = await client.create({
        email: 'Details@Example.com',
        first_name: 'Zoë',
        last_name: 'Doe',
        external_id: 42,
        source: 'crm',
        phone_number: '+1 555 0100',
        live_scanner: true,
        password: 'a secret password',
      });
      const answer = await client.send('GET', `/api/users/${id}`);
      expect(answer.status).toBe(200);
      const user = JSON.parse(answer.text) as Record<string, unknown>;
      expect(Object.keys(user)).toEqual(USER_KEYS);
      expect(user).toEqual({
        id,
        email: 'details@example.com',
        first_name: 'Zoë',
        last_name: 'Doe',
        external_id: 42,
        source: 'crm',
        phone_number: '+1 555 0100',
        live_scanner: true,
        role: 'Member',
        created_at: expect.stringMatching(LARAVEL_TIME),
        updated_at: expect.stringMatching(LARAVEL_TIME),
      });
      expect(answer.text).not.toMatch(/password|hash|a secret password/i);
    });

    it('other roles by their catalog name; absent values null', async () => {
      const user = await client.read(await client.idOf(fixture.acme.users.admin.email));
      expect(user).toMatchObject({ role: 'administrator', first_name: 'Ada', last_name: 'Admin', external_id: null, phone_number: null });
      expect(JSON.stringify(user)).not.toContain(fixture.acme.users.admin.password);
    });

    it('an unknown id, a non-integer id, another tenant’s user or one outside the key’s scope → 404', async () => {
      for (const id of ['99999', 'abc', '0', '1.5']) {
        expectJson(await client.send('GET', `/api/users/${id}`), 404, USER_NOT_FOUND);
      }
      const support = await client.idOf(fixture.acme.users.supportUser.email);
      expectJson(await client.send('GET', `/api/users/${support}`, { key: fixture.globex.keys.admin }), 404, USER_NOT_FOUND);
      expectJson(await client.send('GET', `/api/users/${support}`, { key: keys.sales }), 404, USER_NOT_FOUND);
    });
  });
}
