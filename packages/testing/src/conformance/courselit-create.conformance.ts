import { describe, expect, it } from '@jest/globals';
import { fixture } from './conformance-fixture';
import type { StartConformanceHost } from './conformance-host';
import {
  BAD_REQUEST,
  DOMAIN_NOT_FOUND,
  expectJson,
  FORBIDDEN,
  INVALID_EMAIL,
  INVALID_PERMISSION,
  ok,
  PAGE_PERMISSIONS,
  UNAUTHORIZED,
  USER_EXISTS,
  USER_LIMIT,
  useCourselitHost,
} from './courselit-wire';

const keys = fixture.acme.keys;

/** POST /api/user: every row of the check table, and that the first failure wins. */
export function describeCourselitCreate(startHost: StartConformanceHost): void {
  describe('courselit POST /api/user', () => {
    const send = useCourselitHost(startHost);
    const post = (body: unknown, headers?: Record<string, string>) => send('POST', body, headers);
    const valid = (email: string) => ({ apikey: keys.admin, email });

    it('ok: 200 with the MD5 of the e-mail exactly as sent', async () => {
      expectJson(await post(valid('Mixed.Case@Example.com')), 200, ok('Mixed.Case@Example.com'));
      expectJson(
        await post({ ...valid('full@example.com'), name: 'Full Name', subscribedToUpdates: false, permissions: ['course:publish'] }),
        200,
        ok('full@example.com'),
      );
    });

    it('1: no tenant with that domain, or no domain header → 404', async () => {
      expectJson(await post(valid('d1@example.com'), {}), 404, DOMAIN_NOT_FOUND);
      expectJson(await post(valid('d2@example.com'), { domain: 'nowhere' }), 404, DOMAIN_NOT_FOUND);
      expectJson(await post(valid('d3@example.com'), { domain: 'ACME' }), 404, DOMAIN_NOT_FOUND);
      expectJson(await post(valid('d4@example.com'), { domain: '' }), 404, DOMAIN_NOT_FOUND);
    });

    it('2: a body that is not a JSON object → 400 Bad request', async () => {
      for (const body of ['{"apikey":', '', 'null', `[${JSON.stringify(valid('a@example.com'))}]`, '"text"', '42', 'true']) {
        expectJson(await post(body), 400, BAD_REQUEST);
      }
      expectJson(await send('POST'), 400, BAD_REQUEST);
    });

    it('3: apikey missing, empty or not a string → 400 Bad request (never a query operator)', async () => {
      for (const apikey of [undefined, '', null, 42, true, [keys.admin], { $ne: null }, { $gt: '' }]) {
        expectJson(await post({ apikey, email: 'k3@example.com' }), 400, BAD_REQUEST);
      }
    });

    it('4: a key that matches no key of the tenant → 401', async () => {
      expectJson(await post({ apikey: 'rk_wrong', email: 'k4@example.com' }), 401, UNAUTHORIZED);
      expectJson(await post({ apikey: keys.admin.toUpperCase(), email: 'k4@example.com' }), 401, UNAUTHORIZED);
      // Another tenant's key is no key of this one.
      expectJson(await post({ apikey: fixture.globex.keys.admin, email: 'k4@example.com' }), 401, UNAUTHORIZED);
    });

    it('5: email missing, empty or not a string → 400 Bad request', async () => {
      for (const email of [undefined, '', null, 7, ['a@example.com'], { a: 1 }]) {
        expectJson(await post({ apikey: keys.admin, email }), 400, BAD_REQUEST);
      }
    });

    it('6: an e-mail that is no valid address → 400 Invalid email format', async () => {
      for (const email of ['plainaddress', 'a@', '@example.com', 'a b@example.com', 'Joe <joe@example.com>']) {
        expectJson(await post(valid(email)), 400, INVALID_EMAIL);
      }
    });

    it('7: subscribedToUpdates not a boolean, or name not a string of at most 255 → 400 Bad request', async () => {
      for (const extra of [
        { subscribedToUpdates: 'true' },
        { subscribedToUpdates: 1 },
        { name: 42 },
        { name: ['A'] },
        { name: 'x'.repeat(256) },
      ]) {
        expectJson(await post({ ...valid('k7@example.com'), ...extra }), 400, BAD_REQUEST);
      }
      expectJson(await post({ ...valid('k7.null@example.com'), subscribedToUpdates: null, name: null }), 200, ok('k7.null@example.com'));
      expectJson(await post({ ...valid('k7.long@example.com'), name: 'x'.repeat(255) }), 200, ok('k7.long@example.com'));
    });

    it('8: permissions not an array of strings → 400 Bad request', async () => {
      for (const permissions of ['course:enroll', { 0: 'course:enroll' }, [1], ['course:enroll', null], true]) {
        expectJson(await post({ ...valid('k8@example.com'), permissions }), 400, BAD_REQUEST);
      }
      expectJson(await post({ ...valid('k8.null@example.com'), permissions: null }), 200, ok('k8.null@example.com'));
    });

    it("9: a permission not among the page's 11 → 400 Invalid permission", async () => {
      for (const permissions of [['read', 'write'], ['user:read'], ['course:enroll', 'Course:Enroll']]) {
        expectJson(await post({ ...valid('k9@example.com'), permissions }), 400, INVALID_PERMISSION);
      }
      expectJson(
        await post({ apikey: keys.owner, email: 'k9.all@example.com', permissions: PAGE_PERMISSIONS }),
        200,
        ok('k9.all@example.com'),
      );
    });

    it('10: a key that may not manage users, or grants what it lacks → 403', async () => {
      expectJson(await post({ apikey: keys.publisher, email: 'k10@example.com' }), 403, FORBIDDEN);
      expectJson(await post({ apikey: keys.readOnly, email: 'k10@example.com' }), 403, FORBIDDEN);
      expectJson(await post({ apikey: keys.sales, email: 'k10@example.com', permissions: ['site:manage'] }), 403, FORBIDDEN);
      expectJson(
        await post({ apikey: keys.sales, email: 'k10.sales@example.com', permissions: ['course:publish'] }),
        200,
        ok('k10.sales@example.com'),
      );
    });

    it('11: the e-mail exists in the tenant (case-insensitive) → 400 The user already exists', async () => {
      expectJson(await post(valid('Owner@ACME.example.com')), 400, USER_EXISTS);
      expectJson(await post(valid('twice@example.com')), 200, ok('twice@example.com'));
      expectJson(await post(valid('TWICE@example.com')), 400, USER_EXISTS);
      // The same e-mail in another tenant is another user.
      expectJson(
        await post({ apikey: fixture.globex.keys.admin, email: 'twice@example.com' }, { domain: 'globex' }),
        200,
        ok('twice@example.com'),
      );
    });

    it('12: the seat limit is reached → 400 User limit reached', async () => {
      const tiny = (email: string) => post({ apikey: fixture.tiny.keys.admin, email }, { domain: 'tiny' });
      expectJson(await tiny('second@tiny.example.net'), 200, ok('second@tiny.example.net'));
      expectJson(await tiny('third@tiny.example.net'), 400, USER_LIMIT);
      // 11 before 12: an existing e-mail in a full tenant is "already exists".
      expectJson(await tiny('SECOND@tiny.example.net'), 400, USER_EXISTS);
    });

    it('13: hostile input never gets a 500 or a stack trace', async () => {
      for (const body of [
        '{"apikey":"\u0000","email":"\u0000"}',
        '{"__proto__":{"apikey":"x"},"email":"p@example.com"}',
        '\uFEFF{}',
        '{"apikey":{"toString":1}}',
      ]) {
        const answer = await post(body);
        expect(answer.status).toBeLessThan(500);
        expect(answer.text).not.toMatch(/at .*\.(ts|js):\d+|Error:/);
      }
    });

    it('the first failure wins', async () => {
      expectJson(await post('not json', { domain: 'nowhere' }), 404, DOMAIN_NOT_FOUND); // 1 before 2
      expectJson(await post({ email: 'not an email' }), 400, BAD_REQUEST); // 3 before 6
      expectJson(await post({ apikey: 'rk_wrong', email: 'not an email' }), 401, UNAUTHORIZED); // 4 before 6
      expectJson(await post({ apikey: 'rk_wrong' }), 401, UNAUTHORIZED); // 4 before 5
      expectJson(await post({ apikey: keys.admin, permissions: ['read'] }), 400, BAD_REQUEST); // 5 before 9
      expectJson(await post({ ...valid('bad email'), name: 1, permissions: ['read'] }), 400, INVALID_EMAIL); // 6 before 7
      expectJson(await post({ ...valid('k@example.com'), name: 1, permissions: ['read'] }), 400, BAD_REQUEST); // 7 before 9
      expectJson(await post({ ...valid('k@example.com'), permissions: ['read', 2] }), 400, BAD_REQUEST); // 8 before 9
      expectJson(await post({ apikey: keys.publisher, email: 'k@example.com', permissions: ['read'] }), 400, INVALID_PERMISSION); // 9 before 10
      expectJson(await post({ apikey: keys.publisher, email: fixture.acme.users.admin.email }), 403, FORBIDDEN); // 10 before 11
    });
  });
}
