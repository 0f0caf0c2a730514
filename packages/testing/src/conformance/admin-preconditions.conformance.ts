import { describe, expect, it } from '@jest/globals';
import { adminKeys, BASE, CONFORMANCE_OPERATOR_TOKEN, expectProblem, type AdminSend } from './admin-client';

/** docs/dialects/admin.md, "ETag and If-Match": a tenant that requires If-Match answers 428 without it. */
export function describeAdminPreconditionsConformance(send: () => AdminSend): void {
  describe('admin: a tenant requiring If-Match', () => {
    it('428 PRECONDITION_REQUIRED on PATCH and DELETE without If-Match; `*` or the ETag goes ahead; off again, writes need none', async () => {
      const operator = { token: CONFORMANCE_OPERATOR_TOKEN };
      const tenants = await send()('GET', `${BASE}/tenants`, operator);
      const tiny = (tenants.json.data as { id: string; name: string }[]).find((tenant) => tenant.name === 'tiny');
      expect(tiny).toBeDefined();
      const at = `${BASE}/tenants/${tiny?.id ?? ''}`;
      const on = await send()('PATCH', at, { ...operator, body: { require_if_match: true } });
      expect([on.status, on.json.require_if_match]).toEqual([200, true]);
      const listed = await send()('GET', `${BASE}/users?limit=1`, { token: adminKeys.tiny });
      const user = `${BASE}/users/${(listed.json.data as { id: string }[])[0]?.id ?? ''}`;
      try {
        const refused = await send()('PATCH', user, { token: adminKeys.tiny, body: { first_name: 'Cond' } });
        expectProblem(refused, 428, 'PRECONDITION_REQUIRED', 'If-Match is required');
        expectProblem(await send()('DELETE', user, { token: adminKeys.tiny }), 428, 'PRECONDITION_REQUIRED', 'If-Match is required');
        const any = await send()('PATCH', user, { token: adminKeys.tiny, body: { first_name: 'Cond' }, headers: { 'If-Match': '*' } });
        expect(any.status).toBe(200);
        const tagged = await send()('PATCH', user, {
          token: adminKeys.tiny,
          body: { first_name: 'Cond2' },
          headers: { 'If-Match': String(any.headers.etag) },
        });
        expect([tagged.status, tagged.json.first_name]).toEqual([200, 'Cond2']);
      } finally {
        const off = await send()('PATCH', at, { ...operator, body: { require_if_match: false } });
        expect([off.status, off.json.require_if_match]).toEqual([200, false]);
      }
      expect((await send()('PATCH', user, { token: adminKeys.tiny, body: { first_name: 'Free' } })).status).toBe(200);
    });
  });
}
