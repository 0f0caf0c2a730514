import { describe, expect, it } from '@jest/globals';
import { adminKeys, ADMIN_JSON, BASE, CONFORMANCE_OPERATOR_TOKEN, expectProblem, TENANT_KEYS, type AdminSend } from './admin-client';

const TENANTS = `${BASE}/tenants`;
const token = CONFORMANCE_OPERATOR_TOKEN;

/** docs/dialects/admin.md, "Tenants": the operator alone; delete only when empty. */
export function describeAdminTenantsConformance(send: () => AdminSend): void {
  describe('admin: /roster/v1/tenants', () => {
    it('only the operator: 401 without it, 403 PERMISSION_DENIED for a tenant key', async () => {
      expectProblem(await send()('GET', TENANTS, { token: null }), 401, 'UNAUTHENTICATED', 'Authentication required');
      expectProblem(await send()('GET', TENANTS, { token: `${token}x` }), 401, 'UNAUTHENTICATED', 'Authentication required');
      expectProblem(
        await send()('GET', TENANTS, { token: adminKeys.owner }),
        403,
        'PERMISSION_DENIED',
        'The credential lacks the permission',
      );
      // The operator token is no tenant key.
      expectProblem(await send()('GET', `${BASE}/users`, { token }), 401, 'UNAUTHENTICATED', 'Authentication required');
    });

    it('POST 201, GET 200, PATCH 200, list 200; the new tenant is empty and DELETE 204 removes it', async () => {
      const created = await send()('POST', TENANTS, {
        token,
        body: { name: 'newco', account_url: 'https://newco.example.com', hosts: ['NewCo.example.com.'], seat_limit: 5 },
      });
      expect([created.status, created.headers['content-type']]).toEqual([201, ADMIN_JSON]);
      expect(Object.keys(created.json).sort()).toEqual(TENANT_KEYS);
      expect(created.json).toMatchObject({
        name: 'newco',
        hosts: ['newco.example.com'],
        seat_limit: 5,
        identify_by: 'email',
        root_organization_id: 1,
      });
      const at = `${TENANTS}/${created.json.id}`;
      expect(created.headers.location).toBe(at);
      expect((await send()('GET', at, { token })).json).toEqual(created.json);
      expect(created.json.deleted_user_retention_days).toBe(30);
      const changed = await send()('PATCH', at, { token, body: { seat_limit: null, hosts: [], deleted_user_retention_days: 7 } });
      expect([changed.status, changed.json.seat_limit, changed.json.hosts, changed.json.deleted_user_retention_days]).toEqual([
        200,
        null,
        [],
        7,
      ]);
      const tooLong = await send()('PATCH', at, { token, body: { deleted_user_retention_days: 0 } });
      expectProblem(tooLong, 400, 'VALIDATION_FAILED', 'The request is invalid');
      // Audit retention: for ever (null) by default, set in days, and back to for ever with null.
      expect(created.json.audit_retention_days).toBeNull();
      const kept = await send()('PATCH', at, { token, body: { audit_retention_days: 365 } });
      expect([kept.status, kept.json.audit_retention_days, kept.json.deleted_user_retention_days]).toEqual([200, 365, 7]);
      expect((await send()('GET', at, { token })).json.audit_retention_days).toBe(365);
      const forever = await send()('PATCH', at, { token, body: { audit_retention_days: null } });
      expect([forever.status, forever.json.audit_retention_days]).toEqual([200, null]);
      expectProblem(
        await send()('PATCH', at, { token, body: { audit_retention_days: 0 } }),
        400,
        'VALIDATION_FAILED',
        'The request is invalid',
      );
      const list = await send()('GET', TENANTS, { token });
      expect((list.json.data as { name: string }[]).map((tenant) => tenant.name)).toEqual(['acme', 'globex', 'newco', 'tiny']);
      const gone = await send()('DELETE', at, { token });
      expect([gone.status, gone.text]).toEqual([204, '']);
      expectProblem(await send()('GET', at, { token }), 404, 'TENANT_NOT_FOUND', 'No such tenant');
    });

    it('409 TENANT_NOT_EMPTY for a tenant with users, 409 TENANT_NAME_TAKEN, 400 for a taken host', async () => {
      const tenants = (await send()('GET', TENANTS, { token })).json.data as { id: string; name: string }[];
      const acme = tenants.find((tenant) => tenant.name === 'acme')!;
      expectProblem(await send()('DELETE', `${TENANTS}/${acme.id}`, { token }), 409, 'TENANT_NOT_EMPTY', 'The tenant still holds users');
      expectProblem(
        await send()('POST', TENANTS, { token, body: { name: 'globex' } }),
        409,
        'TENANT_NAME_TAKEN',
        'The tenant name is in use',
      );
      const host = await send()('POST', TENANTS, { token, body: { name: 'hostile', hosts: ['acme.example.com'] } });
      expectProblem(host, 400, 'VALIDATION_FAILED', 'The request is invalid');
      expect(host.json.errors).toEqual([{ field: 'hosts', message: '"acme.example.com" is used by another tenant' }]);
    });
  });
}
