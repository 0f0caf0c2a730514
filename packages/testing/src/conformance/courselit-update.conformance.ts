import { describe, it } from '@jest/globals';
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
  UNAUTHORIZED,
  USER_NOT_FOUND,
  useCourselitHost,
} from './courselit-wire';

const keys = fixture.acme.keys;
const users = fixture.acme.users;

/** PATCH /api/user: steps 1–10 as on POST, then the user found by e-mail. */
export function describeCourselitUpdate(startHost: StartConformanceHost): void {
  describe('courselit PATCH /api/user', () => {
    const send = useCourselitHost(startHost);
    const patch = (body: unknown, headers?: Record<string, string>) => send('PATCH', body, headers);

    it('ok: 200 with the MD5 of the e-mail exactly as sent, the user found case-insensitively', async () => {
      expectJson(await send('POST', { apikey: keys.admin, email: 'patched@example.com' }), 200, ok('patched@example.com'));
      const body = {
        apikey: keys.admin,
        email: 'Patched@Example.com',
        name: 'New Name',
        subscribedToUpdates: false,
        permissions: ['course:publish'],
      };
      expectJson(await patch(body), 200, ok('Patched@Example.com'));
      expectJson(
        await patch({ apikey: keys.admin, email: 'patched@example.com', name: null, permissions: null }),
        200,
        ok('patched@example.com'),
      );
    });

    it('steps 1–9 answer as on POST', async () => {
      const valid = { apikey: keys.admin, email: users.eastUser.email };
      expectJson(await patch(valid, {}), 404, DOMAIN_NOT_FOUND);
      expectJson(await patch('[]'), 400, BAD_REQUEST);
      expectJson(await patch({ apikey: { $ne: null }, email: users.eastUser.email }), 400, BAD_REQUEST);
      expectJson(await patch({ apikey: 'rk_wrong', email: users.eastUser.email }), 401, UNAUTHORIZED);
      expectJson(await patch({ apikey: keys.admin }), 400, BAD_REQUEST);
      expectJson(await patch({ apikey: keys.admin, email: 'no-at-sign' }), 400, INVALID_EMAIL);
      expectJson(await patch({ ...valid, subscribedToUpdates: 'no' }), 400, BAD_REQUEST);
      expectJson(await patch({ ...valid, permissions: 'course:enroll' }), 400, BAD_REQUEST);
      expectJson(await patch({ ...valid, permissions: ['read', 'write'] }), 400, INVALID_PERMISSION);
    });

    it('10: a key that may not manage users, or grants what it lacks → 403, before the lookup', async () => {
      expectJson(await patch({ apikey: keys.readOnly, email: users.eastUser.email, name: 'X' }), 403, FORBIDDEN);
      expectJson(await patch({ apikey: keys.publisher, email: 'nobody@example.com' }), 403, FORBIDDEN);
      expectJson(await patch({ apikey: keys.sales, email: 'nobody@example.com', permissions: ['site:manage'] }), 403, FORBIDDEN);
    });

    it('no user with that e-mail in the tenant → 404 User not found', async () => {
      expectJson(await patch({ apikey: keys.admin, email: 'nobody@example.com' }), 404, USER_NOT_FOUND);
      // A user of another tenant is no user of this one.
      expectJson(await patch({ apikey: keys.admin, email: fixture.globex.users.boss.email }), 404, USER_NOT_FOUND);
    });

    it('a key cannot modify a user ranked above it → 403', async () => {
      expectJson(await patch({ apikey: keys.admin, email: users.owner.email, name: 'Usurper' }), 403, FORBIDDEN);
      expectJson(await patch({ apikey: keys.admin, email: users.owner.email, permissions: ['site:manage'] }), 403, FORBIDDEN);
    });

    it('an organization-bound key sees only its subtree; outside it the user does not exist', async () => {
      expectJson(await patch({ apikey: keys.sales, email: users.eastUser.email, name: 'Eve East' }), 200, ok(users.eastUser.email));
      expectJson(await patch({ apikey: keys.sales, email: users.supportUser.email, name: 'Sue Port' }), 404, USER_NOT_FOUND);
    });
  });
}
