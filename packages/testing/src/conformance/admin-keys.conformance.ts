import { describe, expect, it } from '@jest/globals';
import { adminKeys, ADMIN_JSON, BASE, expectProblem, KEY_KEYS, type AdminSend } from './admin-client';

const KEYS = `${BASE}/keys`;

/** docs/dialects/admin.md, "API keys": create (secret once), list, get, revoke (401 everywhere at once). */
export function describeAdminKeysConformance(send: () => AdminSend): void {
  describe('admin: /roster/v1/keys', () => {
    it('POST 201 shows the secret once; list and get never show it or its hash; the key works at once', async () => {
      const created = await send()('POST', KEYS, { body: { name: 'ci reader', role: 'user', permissions: ['user:read'] } });
      expect([created.status, created.headers['content-type'], created.headers['cache-control']]).toEqual([201, ADMIN_JSON, 'no-store']);
      expect(Object.keys(created.json).sort()).toEqual([...KEY_KEYS, 'secret'].sort());
      const { secret, id, prefix } = created.json as { secret: string; id: string; prefix: string };
      expect(secret).toMatch(/^rk_[A-Za-z0-9_-]{40}$/);
      expect(prefix).toBe(`${secret.slice(0, 8)}…`);
      expect(created.json).toMatchObject({
        name: 'ci reader',
        role: 'user',
        permissions: ['user:read'],
        organization_id: null,
        last_used_at: null,
        expires_at: null,
      });
      expect(created.headers.location).toBe(`${KEYS}/${id}`);

      const one = await send()('GET', `${KEYS}/${id}`);
      expect([one.status, Object.keys(one.json).sort()]).toEqual([200, KEY_KEYS]);
      const list = await send()('GET', KEYS);
      expect(list.status).toBe(200);
      expect((list.json.data as { id: string }[]).some((key) => key.id === id)).toBe(true);
      for (const text of [one.text, list.text]) expect(text).not.toMatch(/secret|hash|rk_acme_admin_1111/);

      expect((await send()('GET', `${BASE}/users?limit=1`, { token: secret })).status).toBe(200);
      expect((await send()('GET', `${KEYS}/${id}`)).json.last_used_at).toEqual(expect.any(String));
    });

    it('DELETE 204 revokes: the key gets 401 on the admin API and on rest-v1 at once, and 404 API_KEY_NOT_FOUND after', async () => {
      const { json: key } = await send()('POST', KEYS, { body: { name: 'short lived', role: 'publisher' } });
      const secret = key.secret as string;
      // Used first, so the key sits in the store cache when it is revoked.
      expect((await send()('GET', '/api/v1/users?limit=1', { token: secret, body: undefined })).status).toBe(403);
      const revoked = await send()('DELETE', `${KEYS}/${key.id}`);
      expect([revoked.status, revoked.text]).toEqual([204, '']);
      expectProblem(await send()('GET', `${BASE}/users`, { token: secret }), 401, 'UNAUTHENTICATED', 'Authentication required');
      expect((await send()('GET', '/api/v1/users?limit=1', { token: secret })).status).toBe(401);
      expectProblem(await send()('DELETE', `${KEYS}/${key.id}`), 404, 'API_KEY_NOT_FOUND', 'No such API key');
    });

    it('keys follow the hierarchy: no role above the caller, no permission it lacks, setting:manage needed', async () => {
      expectProblem(
        await send()('POST', KEYS, { body: { name: 'x', role: 'owner' } }),
        403,
        'ROLE_ABOVE_ACTOR',
        'The role ranks above the caller',
      );
      expectProblem(
        await send()('GET', KEYS, { token: adminKeys.readOnly }),
        403,
        'PERMISSION_DENIED',
        'The credential lacks the permission',
      );
      expectProblem(await send()('GET', KEYS, { token: adminKeys.sales }), 403, 'PERMISSION_DENIED', 'The credential lacks the permission');
      const owner = (await send()('GET', KEYS, { token: adminKeys.owner })).json.data as { id: string; role: string }[];
      const ownerKey = owner.find((key) => key.role === 'owner')!;
      expectProblem(await send()('DELETE', `${KEYS}/${ownerKey.id}`), 403, 'TARGET_ABOVE_ACTOR', 'The target ranks above the caller');
      expectProblem(
        await send()('GET', `${KEYS}/${ownerKey.id}`, { token: adminKeys.globex }),
        404,
        'API_KEY_NOT_FOUND',
        'No such API key',
      );
      const invalid = await send()('POST', KEYS, { body: { role: 'user', permissions: ['root:all'] } });
      expectProblem(invalid, 400, 'VALIDATION_FAILED', 'The request is invalid');
      expect((invalid.json.errors as { field: string }[]).map((issue) => issue.field).sort()).toEqual(['name', 'permissions']);
      const scoped = await send()('POST', KEYS, { body: { name: 'x', role: 'organizationAdministrator' } });
      expectProblem(scoped, 400, 'VALIDATION_FAILED', 'The request is invalid');
    });
  });
}
