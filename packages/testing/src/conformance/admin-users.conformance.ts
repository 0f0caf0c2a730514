import { describe, expect, it } from '@jest/globals';
import { adminKeys, ADMIN_JSON, BASE, expectProblem, USER_KEYS, type AdminSend } from './admin-client';
import { fixture } from './conformance-fixture';

const USERS = `${BASE}/users`;

/** docs/dialects/admin.md, "Users": create, get, change, delete, list; ETag and If-Match. */
export function describeAdminUsersConformance(send: () => AdminSend): void {
  describe('admin: /roster/v1/users', () => {
    const create = async (body: Record<string, unknown>, token: string = adminKeys.admin) => {
      const answer = await send()('POST', USERS, { token, body });
      if (answer.status !== 201) throw new Error(`expected 201, got ${answer.status} ${answer.text}`);
      return answer;
    };

    it('POST 201 with the user, its ETag and Location; GET 200 gives the same ETag', async () => {
      const created = await create({ email: ' Ada@Example.com ', first_name: 'Ada', last_name: 'Lovelace', role: 'publisher' });
      expect(created.headers['content-type']).toBe(ADMIN_JSON);
      expect(Object.keys(created.json).sort()).toEqual(USER_KEYS);
      expect(created.json).toMatchObject({
        email: 'ada@example.com',
        name: 'Ada Lovelace',
        role: 'publisher',
        status: 'active',
        version: 1,
        last_login_at: null,
      });
      expect(created.json.id).toMatch(/^usr_/);
      expect(created.headers.etag).toBe('"1"');
      expect(created.headers.location).toBe(`${USERS}/${created.json.id}`);
      expect(created.text).not.toMatch(/hash|password/i);

      const read = await send()('GET', `${USERS}/${created.json.id}`, { token: adminKeys.readOnly });
      expect([read.status, read.headers.etag, read.json]).toEqual([200, '"1"', created.json]);
    });

    it('PATCH 200 bumps the ETag; a stale If-Match is 412 PRECONDITION_FAILED and changes nothing', async () => {
      const { json: user } = await create({ email: 'patch.me@example.com' });
      const at = `${USERS}/${user.id}`;
      const changed = await send()('PATCH', at, { body: { first_name: 'Pat' }, headers: { 'If-Match': '"1"' } });
      expect([changed.status, changed.headers.etag, changed.json.first_name, changed.json.version]).toEqual([200, '"2"', 'Pat', 2]);
      const stale = await send()('PATCH', at, { body: { first_name: 'Late' }, headers: { 'If-Match': '"1"' } });
      expectProblem(stale, 412, 'PRECONDITION_FAILED', 'If-Match does not match');
      expectProblem(
        await send()('DELETE', at, { headers: { 'If-Match': 'W/"2"' } }),
        412,
        'PRECONDITION_FAILED',
        'If-Match does not match',
      );
      expect((await send()('GET', at)).json.first_name).toBe('Pat');
      // `*` and a list holding the current tag both match.
      expect((await send()('PATCH', at, { body: { last_name: 'Star' }, headers: { 'If-Match': '*' } })).status).toBe(200);
      expect((await send()('DELETE', at, { headers: { 'If-Match': '"1", "3"' } })).status).toBe(204);
    });

    it('DELETE 204 with an empty body; then GET 404 USER_NOT_FOUND', async () => {
      const { json: user } = await create({ email: 'delete.me@example.com' });
      const gone = await send()('DELETE', `${USERS}/${user.id}`);
      expect([gone.status, gone.text]).toEqual([204, '']);
      expectProblem(await send()('GET', `${USERS}/${user.id}`), 404, 'USER_NOT_FOUND', 'No such user');
    });

    it('400 VALIDATION_FAILED lists every wrong field; unknown fields are refused', async () => {
      const answer = await send()('POST', USERS, { body: { email: 'nope', password: 'short', status: 'gone', extra: 1 } });
      expectProblem(answer, 400, 'VALIDATION_FAILED', 'The request is invalid');
      const fields = (answer.json.errors as { field: string }[]).map((issue) => issue.field).sort();
      expect(fields).toEqual(['email', 'extra', 'password', 'status']);
      expectProblem(await send()('POST', USERS, { raw: '{"email":' }), 400, 'VALIDATION_FAILED', 'The request is invalid');
      expectProblem(await send()('GET', `${USERS}?colour=red`), 400, 'VALIDATION_FAILED', 'The request is invalid');
    });

    it('409 EMAIL_TAKEN for an e-mail in use', async () => {
      const answer = await send()('POST', USERS, { body: { email: fixture.acme.users.owner.email } });
      expectProblem(answer, 409, 'EMAIL_TAKEN', 'The e-mail is in use');
    });

    it('400 ORGANIZATION_NOT_FOUND, 403 OUT_OF_SCOPE, 403 PERMISSION_NOT_HELD, 409 LOGIN_TAKEN, 403 SEAT_LIMIT_REACHED', async () => {
      expectProblem(
        await send()('POST', USERS, { body: { email: 'lost@example.com', organization_id: 999 } }),
        400,
        'ORGANIZATION_NOT_FOUND',
        'No such organization in this tenant',
      );
      expectProblem(
        await send()('POST', USERS, { token: adminKeys.sales, body: { email: 'away@example.com', organization_id: 4 } }),
        403,
        'OUT_OF_SCOPE',
        "Outside the caller's organization",
      );
      expectProblem(
        await send()('POST', USERS, { token: adminKeys.sales, body: { email: 'grant@example.com', permissions: ['site:manage'] } }),
        403,
        'PERMISSION_NOT_HELD',
        'The caller cannot grant these permissions',
      );
      expectProblem(
        await send()('POST', USERS, { body: { email: 'login.clash@example.com', login: fixture.acme.users.owner.login } }),
        409,
        'LOGIN_TAKEN',
        'The login is in use',
      );
      // tiny: two seats, one taken.
      expect((await send()('POST', USERS, { token: adminKeys.tiny, body: { email: 'second@tiny.example.net' } })).status).toBe(201);
      expectProblem(
        await send()('POST', USERS, { token: adminKeys.tiny, body: { email: 'third@tiny.example.net' } }),
        403,
        'SEAT_LIMIT_REACHED',
        "The tenant's seat limit is reached",
      );
    });

    it('the hierarchy rules of every dialect: 403 ROLE_ABOVE_ACTOR, 403 PERMISSION_DENIED, 404 outside the organization', async () => {
      expectProblem(
        await send()('POST', USERS, { body: { email: 'boss@example.com', role: 'owner' } }),
        403,
        'ROLE_ABOVE_ACTOR',
        'The role ranks above the caller',
      );
      expectProblem(
        await send()('POST', USERS, { token: adminKeys.readOnly, body: { email: 'ro@example.com' } }),
        403,
        'PERMISSION_DENIED',
        'The credential lacks the permission',
      );
      const list = await send()('GET', `${USERS}?limit=100`, { token: adminKeys.owner });
      const support = (list.json.data as { id: string; email: string }[]).find(
        (user) => user.email === fixture.acme.users.supportUser.email,
      )!;
      expectProblem(await send()('GET', `${USERS}/${support.id}`, { token: adminKeys.sales }), 404, 'USER_NOT_FOUND', 'No such user');
      expectProblem(await send()('GET', `${USERS}/${support.id}`, { token: adminKeys.globex }), 404, 'USER_NOT_FOUND', 'No such user');
    });

    it('GET list 200: filters, cursor pages that cover every user once, and total only when asked', async () => {
      const uncounted = await send()('GET', `${USERS}?limit=100`, { token: adminKeys.owner });
      expect(Object.keys(uncounted.json).sort()).toEqual(['data', 'next']);
      const all = await send()('GET', `${USERS}?limit=100&total=true`, { token: adminKeys.owner });
      expect(all.status).toBe(200);
      expect(Object.keys(all.json).sort()).toEqual(['data', 'next', 'total']);
      expect(all.json.data).toEqual(uncounted.json.data);
      expect(all.json.total).toBe(all.json.data.length);
      const seen: string[] = [];
      let next: string | null = null;
      do {
        const page: { json: { data: { id: string }[]; next: string | null; total: number } } = await send()(
          'GET',
          `${USERS}?limit=2&total=true${next === null ? '' : `&after=${next}`}`,
          { token: adminKeys.owner },
        );
        expect(page.json.total).toBe(all.json.total);
        expect(page.json.data.length).toBeLessThanOrEqual(2);
        seen.push(...page.json.data.map((user) => user.id));
        next = page.json.next;
      } while (next !== null);
      expect(seen).toEqual((all.json.data as { id: string }[]).map((user) => user.id));

      const inactive = await send()('GET', `${USERS}?status=inactive`, { token: adminKeys.owner });
      expect((inactive.json.data as { status: string }[]).every((user) => user.status === 'inactive')).toBe(true);
      expect(inactive.json.data.length).toBeGreaterThan(0);
      const sales = await send()('GET', `${USERS}?organization_id=2`, { token: adminKeys.owner });
      expect((sales.json.data as { organization_id: number }[]).map((user) => user.organization_id)).toEqual(sales.json.data.map(() => 2));
      const first = await send()('GET', `${USERS}?limit=1`, { token: adminKeys.owner });
      const moved = await send()('GET', `${USERS}?limit=1&status=active&after=${first.json.next}`, { token: adminKeys.owner });
      expectProblem(moved, 400, 'VALIDATION_FAILED', 'The request is invalid');
      expect(moved.json.errors).toEqual([{ field: 'after', message: 'was issued for other filters' }]);
    });
  });
}
