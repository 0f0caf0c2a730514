import { describe, expect, it } from '@jest/globals';
import { fixture } from './conformance-fixture';
import type { StartConformanceHost } from './conformance-host';
import { sendRequest } from './http-client';
import { expectJson, FORBIDDEN, md5, ok, USER_EXISTS, USER_LIMIT } from './courselit-wire';
import { useConformanceHost } from './use-conformance-host';

const keys = fixture.acme.keys;

interface ListedUser {
  readonly email: string;
  readonly name: string;
}

/**
 * The courselit `upsert` option (docs/dialects/courselit.md step 11; the dialect README): an exact repeat
 * of a create answers 200 and the same MD5, and applies the fields sent under the rules of an update.
 */
export function describeCourselitUpsert(startHost: StartConformanceHost): void {
  describe('courselit POST /api/user with the upsert option', () => {
    const baseUrl = useConformanceHost(startHost, { courselitUpsert: true });
    const post = (body: unknown, headers: Record<string, string> = { domain: 'acme' }) =>
      sendRequest(baseUrl(), {
        method: 'POST',
        path: '/api/user',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    /** The user as rest-v1 lists it (name and e-mail), read over the wire. */
    const listed = async (email: string): Promise<ListedUser | undefined> => {
      const answer = await sendRequest(baseUrl(), {
        method: 'GET',
        path: '/api/v1/users?limit=100',
        headers: { Authorization: `Bearer ${keys.admin}` },
      });
      expect(answer.status).toBe(200);
      return (JSON.parse(answer.text) as { data: ListedUser[] }).data.find((user) => user.email === email);
    };

    it('an exact repeat of a create → 200 and the same MD5, as the real server answers', async () => {
      const body = {
        apikey: keys.admin,
        email: 'Repeat@Example.com',
        name: 'Re Peat',
        permissions: ['community:post'],
        subscribedToUpdates: true,
      };
      const first = await post(body);
      const second = await post(body);
      expectJson(first, 200, ok('Repeat@Example.com'));
      expect(second.text).toBe(first.text);
      expect((JSON.parse(second.text) as { error?: unknown }).error).toBeUndefined();
      // Also by the current clients' way: key in x-api-key, tenant from the Host.
      const client = await post(
        { email: 'Repeat@Example.com', name: 'Re Peat' },
        { Host: 'acme.example.com:3000', 'x-api-key': keys.admin },
      );
      expectJson(client, 200, ok('Repeat@Example.com'));
      expect(await listed('repeat@example.com')).toMatchObject({ name: 'Re Peat' });
    });

    it('a repeat with other fields updates the user, like the real server; the MD5 is of the e-mail as sent', async () => {
      expectJson(await post({ apikey: keys.admin, email: 'changes@example.com', name: 'Old Name' }), 200, ok('changes@example.com'));
      expectJson(await post({ apikey: keys.admin, email: 'CHANGES@example.com', name: 'New Name' }), 200, ok('CHANGES@example.com'));
      expect(await listed('changes@example.com')).toMatchObject({ name: 'New Name' });
      // A field not sent is left as it is.
      expectJson(await post({ apikey: keys.admin, email: 'changes@example.com' }), 200, ok('changes@example.com'));
      expect(await listed('changes@example.com')).toMatchObject({ name: 'New Name' });
    });

    it("keeps the rules of an update: rank, grants, and the key's subtree", async () => {
      // An administrator key may not change the owner.
      expectJson(await post({ apikey: keys.admin, email: fixture.acme.users.owner.email, name: 'Taken Over' }), 403, FORBIDDEN);
      const salesUser = 'sales.upsert@example.com';
      expectJson(await post({ apikey: keys.sales, email: salesUser }), 200, ok(salesUser));
      // The Sales administrator cannot grant what it lacks, on a repeat either.
      expectJson(await post({ apikey: keys.sales, email: salesUser, permissions: ['site:manage'] }), 403, FORBIDDEN);
      expectJson(
        await post({ apikey: keys.sales, email: salesUser, name: 'Sales Person', permissions: ['course:publish'] }),
        200,
        ok(salesUser),
      );
      expect(await listed(salesUser)).toMatchObject({ name: 'Sales Person' });
      // A user outside its subtree is one it cannot see: the answer it gets without the option.
      expectJson(await post({ apikey: keys.sales, email: fixture.acme.users.admin.email, name: 'Hijack' }), 400, USER_EXISTS);
      expect(await listed(fixture.acme.users.admin.email)).not.toMatchObject({ name: 'Hijack' });
      // A key that may not manage users: 403 before the e-mail is looked at.
      expectJson(await post({ apikey: keys.publisher, email: salesUser }), 403, FORBIDDEN);
    });

    it('11 before 12: a repeat in a full tenant is an upsert, a new e-mail is "User limit reached"', async () => {
      const tiny = (email: string) => post({ apikey: fixture.tiny.keys.admin, email }, { domain: 'tiny' });
      expectJson(await tiny('second@tiny.example.net'), 200, ok('second@tiny.example.net'));
      expectJson(await tiny('third@tiny.example.net'), 400, USER_LIMIT);
      expectJson(await tiny('Second@tiny.example.net'), 200, ok('Second@tiny.example.net'));
      expect(md5('Second@tiny.example.net')).not.toBe(md5('second@tiny.example.net'));
    });
  });
}
