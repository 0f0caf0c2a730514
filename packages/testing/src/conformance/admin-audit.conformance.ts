import { describe, expect, it } from '@jest/globals';
import { adminKeys, ADMIN_JSON, BASE, expectProblem, type AdminAnswer, type AdminSend } from './admin-client';
import { sendRequest } from './http-client';

const EVENTS = `${BASE}/audit-events`;
const PASSWORD = 'audit scenario secret 1';
const WRONG = 'audit scenario wrong 2';

interface WireEvent {
  readonly id: string;
  readonly type: string;
  readonly actor: { kind: string; id: string | null; role: string | null };
  readonly target: { kind: string; id: string } | null;
  readonly changes: { field: string; before: unknown; after: unknown }[];
  readonly request_id: string | null;
  readonly dialect: string | null;
  readonly route: string | null;
}

const events = (answer: AdminAnswer): WireEvent[] => answer.json.data as WireEvent[];
const ndjson = (text: string): WireEvent[] =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as WireEvent);

/**
 * docs/audit.md: a scripted scenario (a key made for it creates, changes, re-roles and deletes a
 * user; two sign-ins of that user fail on ispring) reads back as exactly those events, newest
 * first, with the right actors, and no secret in any byte of the trail.
 */
export function describeAdminAuditConformance(send: () => AdminSend, baseUrl: () => string): void {
  describe('admin: /roster/v1/audit-events', () => {
    it('lists exactly the scenario’s events with their actors and origin, pages them, exports them as NDJSON, and holds no secret', async () => {
      const made = await send()('POST', `${BASE}/keys`, {
        token: adminKeys.owner,
        body: { name: 'audit scenario', role: 'administrator' },
      });
      expect(made.status).toBe(201);
      const key = made.json as { id: string; secret: string };
      const as = { token: key.secret };
      const created = await send()('POST', `${BASE}/users`, {
        ...as,
        body: { email: 'audit.ann@acme.example.com', first_name: 'Ann', password: PASSWORD },
        headers: { 'X-Request-Id': 'audit-create-1' },
      });
      expect(created.status).toBe(201);
      const at = `${BASE}/users/${created.json.id as string}`;
      expect((await send()('PATCH', at, { ...as, body: { first_name: 'Anna' } })).status).toBe(200);
      expect((await send()('PATCH', at, { ...as, body: { role: 'publisher' } })).status).toBe(200);
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const headers = {
          'X-Auth-Account-Url': 'https://acme.example.com',
          'X-Auth-Email': 'audit.ann@acme.example.com',
          'X-Auth-Password': WRONG,
        };
        expect((await sendRequest(baseUrl(), { method: 'GET', path: '/user', headers })).status).toBe(401);
      }
      expect((await send()('DELETE', at, as)).status).toBe(204);

      const byKey = await send()('GET', `${EVENTS}?actor=${key.id}`);
      expect([byKey.status, byKey.headers['content-type'], byKey.json.next]).toEqual([200, ADMIN_JSON, null]);
      const trail = events(byKey);
      expect(trail.map((event) => event.type)).toEqual(['user.deleted', 'user.role_changed', 'user.updated', 'user.created']);
      for (const event of trail) expect(event.actor).toEqual({ kind: 'apiKey', id: key.id, role: 'administrator' });
      expect(trail.map((event) => [event.dialect, event.route])).toEqual([
        ['admin', 'deleteUser'],
        ['admin', 'updateUser'],
        ['admin', 'updateUser'],
        ['admin', 'createUser'],
      ]);
      const userId = trail[3]?.target?.id ?? '';
      expect(trail.every((event) => event.target?.id === userId && event.target.kind === 'user')).toBe(true);
      expect(trail[3]?.request_id).toBe('audit-create-1');
      expect(trail[2]?.changes).toEqual([{ field: 'firstName', before: 'Ann', after: 'Anna' }]);
      expect(trail[1]?.changes).toEqual([{ field: 'role', before: 'user', after: 'publisher' }]);
      expect(trail[3]?.changes).toContainEqual({ field: 'password', before: null, after: null });

      const failed = events(await send()('GET', `${EVENTS}?type=auth.sign_in_failed&target=${userId}`));
      expect(failed.map((event) => [event.type, event.actor, event.dialect])).toEqual([
        ['auth.sign_in_failed', { kind: 'anonymous', id: null, role: null }, 'ispring'],
        ['auth.sign_in_failed', { kind: 'anonymous', id: null, role: null }, 'ispring'],
      ]);
      const keyEvents = events(await send()('GET', `${EVENTS}?target=${key.id}`));
      expect(keyEvents.map((event) => [event.type, event.actor.role])).toEqual([['api_key.created', 'owner']]);

      // Pages of two, newest first; a cursor is bound to its filters.
      const first = await send()('GET', `${EVENTS}?actor=${key.id}&limit=2`);
      const second = await send()('GET', `${EVENTS}?actor=${key.id}&limit=2&after=${first.json.next as string}`);
      expect([...events(first), ...events(second)].map((event) => event.id)).toEqual(trail.map((event) => event.id));
      expect(second.json.next).toBeNull();
      expectProblem(
        await send()('GET', `${EVENTS}?limit=2&after=${first.json.next as string}`),
        400,
        'VALIDATION_FAILED',
        'The request is invalid',
      );

      // Read raw: the admin client parses every answer as one JSON document.
      const raw = (path: string, headers: Record<string, string> = {}) =>
        sendRequest(baseUrl(), { method: 'GET', path, headers: { Authorization: `Bearer ${adminKeys.admin}`, ...headers } });
      const asNdjson = await raw(`${EVENTS}?actor=${key.id}`, { Accept: 'application/x-ndjson' });
      const exported = await raw(`${EVENTS}/export?actor=${key.id}`);
      for (const answer of [asNdjson, exported]) {
        expect([answer.status, answer.headers['content-type']]).toEqual([200, 'application/x-ndjson']);
        expect(ndjson(answer.text)).toEqual(trail);
      }

      const everything = await raw(`${EVENTS}/export`);
      for (const text of [byKey.text, everything.text, asNdjson.text]) {
        for (const secret of [PASSWORD, WRONG, key.secret, adminKeys.owner, adminKeys.admin, 'rk_', 'hash'])
          expect(text).not.toContain(secret);
      }
    });

    it('is append-only (405 for any other method), needs setting:manage, and refuses unknown filters', async () => {
      for (const method of ['POST', 'DELETE', 'PATCH', 'PUT']) {
        const answer = await send()(method, EVENTS);
        expectProblem(answer, 405, 'METHOD_NOT_ALLOWED', 'Method not allowed');
        expect(answer.headers.allow).toBe('GET');
      }
      expectProblem(await send()('DELETE', `${EVENTS}/export`), 405, 'METHOD_NOT_ALLOWED', 'Method not allowed');
      expectProblem(
        await send()('GET', EVENTS, { token: adminKeys.readOnly }),
        403,
        'PERMISSION_DENIED',
        'The credential lacks the permission',
      );
      expectProblem(await send()('GET', EVENTS, { token: null }), 401, 'UNAUTHENTICATED', 'Authentication required');
      expectProblem(await send()('GET', `${EVENTS}?type=user.exploded`), 400, 'VALIDATION_FAILED', 'The request is invalid');
      expectProblem(await send()('GET', `${EVENTS}?from=yesterday`), 400, 'VALIDATION_FAILED', 'The request is invalid');
      expectProblem(await send()('GET', `${EVENTS}?tenant=globex`), 400, 'VALIDATION_FAILED', 'The request is invalid');
    });
  });
}
