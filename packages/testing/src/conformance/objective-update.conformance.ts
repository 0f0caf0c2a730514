import { describe, expect, it } from '@jest/globals';
import { fixture } from './conformance-fixture';
import type { StartConformanceHost } from './conformance-host';
import {
  BACKEND_ACCESS,
  expectJson,
  FORBIDDEN,
  invalid,
  INVALID_BODY,
  keys,
  TAKEN,
  UPDATED,
  useObjectiveHost,
  USER_NOT_FOUND,
} from './objective-wire';

const { users } = fixture.acme;

/** PUT /api/users/{user_id}: partial update, the same rules, 404s and the backend-access refusal. */
export function describeObjectiveUpdate(startHost: StartConformanceHost): void {
  describe('objective PUT /api/users/{user_id}', () => {
    const client = useObjectiveHost(startHost);
    let n = 0;
    const fresh = (): string => `update${(n += 1)}@example.com`;
    const put = (id: number | string, body: unknown, key?: string) =>
      client.send('PUT', `/api/users/${id}`, { body, ...(key ? { key } : {}) });

    it('200; only the fields sent change', async () => {
      const email = fresh();
      const id = await client.create({ email, first_name: 'Ann', phone_number: '1', external_id: 5, source: 'crm' });
      const before = await client.read(id);
      expectJson(await put(id, { last_name: 'Lee', live_scanner: '1', external_id: '7.25' }), 200, UPDATED);
      expect(await client.read(id)).toEqual({
        ...before,
        last_name: 'Lee',
        live_scanner: true,
        external_id: 7.25,
        updated_at: expect.any(String),
      });
      expectJson(await put(id, { email: 'Renamed@Example.com', password: 'a new password', phone_number: '2' }), 200, UPDATED);
      expect(await client.read(id)).toMatchObject({ email: 'renamed@example.com', first_name: 'Ann', phone_number: '2' });
    });

    it('null, "" and an empty body change nothing', async () => {
      const id = await client.create({ email: fresh(), first_name: 'Bea' });
      const before = await client.read(id);
      for (const body of [{}, { first_name: null, email: '' }, '']) expectJson(await put(id, body), 200, UPDATED);
      expect(await client.read(id)).toMatchObject({ email: before['email'], first_name: 'Bea' });
    });

    it('the same rules apply to the fields sent', async () => {
      const id = await client.create({ email: fresh() });
      expectJson(
        await put(id, { email: 'nope', phone_number: '1'.repeat(31), live_scanner: 'false' }),
        422,
        invalid({
          email: ['The email field must be a valid email address.', 'The email must have a valid domain with an extension.'],
          phone_number: ['The phone number field must not be greater than 30 characters.'],
          live_scanner: ['The live scanner field must be true or false.'],
        }),
      );
      expectJson(await put(id, { password: 'short' }), 422, invalid({ password: ['The password field must be at least 8 characters.'] }));
      expectJson(await put(id, '[1,2]'), 422, INVALID_BODY);
    });

    it('unique ignores the user itself, not the others', async () => {
      const email = fresh();
      const id = await client.create({ email });
      expectJson(await put(id, { email: email.toUpperCase() }), 200, UPDATED);
      expectJson(await put(id, { email: users.admin.email }), 422, TAKEN);
    });

    it('an unknown or non-integer id, another tenant’s user, or one outside the key’s scope → 404', async () => {
      for (const id of ['99999', 'abc', '0', '-3']) expectJson(await put(id, { first_name: 'X' }), 404, USER_NOT_FOUND);
      const support = await client.idOf(users.supportUser.email);
      expectJson(await put(support, { first_name: 'X' }, fixture.globex.keys.admin), 404, USER_NOT_FOUND);
      expectJson(await put(support, { first_name: 'X' }, keys.sales), 404, USER_NOT_FOUND);
      expect((await client.read(support))['first_name']).toBe('Sue');
    });

    it('a user with backend access → 403, unchanged', async () => {
      const id = await client.idOf(users.owner.email);
      for (const key of [keys.owner, keys.admin]) {
        expectJson(await put(id, { first_name: 'Changed' }, key), 403, BACKEND_ACCESS);
      }
      expect((await client.read(id))['first_name']).toBe('Olive');
    });

    it('a user ranked above the key → 403 {}', async () => {
      // An owner without backend access, made through the rest-v1 dialect (objective only makes Members).
      const email = fresh();
      const made = await client.send('POST', '/api/v1/users', { key: keys.owner, body: { email, name: 'Big Boss', role: 'owner' } });
      expect(made.status).toBe(201);
      const id = await client.idOf(email);
      expect((await client.read(id))['role']).toBe('owner');
      expectJson(await put(id, { first_name: 'X' }, keys.admin), 403, FORBIDDEN);
      expectJson(await put(id, { first_name: 'Big' }, keys.owner), 200, UPDATED);
    });
  });
}
