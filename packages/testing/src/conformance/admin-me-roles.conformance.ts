import { describe, expect, it } from '@jest/globals';
import { adminKeys, ADMIN_JSON, BASE, CONFORMANCE_OPERATOR_TOKEN, expectProblem, type AdminSend } from './admin-client';

const ME = `${BASE}/me`;
const ROLES = `${BASE}/roles`;
const ME_KEY_KEYS = ['effective_permissions', 'id', 'kind', 'name', 'organization_id', 'permissions', 'prefix', 'role', 'tenant_id'];
const CATALOG = ['owner', 'administrator', 'organizationAdministrator', 'publisher', 'user'];

const assignable = (answer: { json: { data: { name: string; assignable: boolean }[] } }): string[] =>
  answer.json.data.filter((role) => role.assignable).map((role) => role.name);

/** docs/dialects/admin.md, "The caller": GET /me (the credential in use) and GET /roles (what it may assign). */
export function describeAdminMeRolesConformance(send: () => AdminSend): void {
  describe('admin: /roster/v1/me and /roster/v1/roles', () => {
    it('GET /me 200 for a tenant key: its id, name, prefix, role, permissions, organization and tenant; never its secret', async () => {
      const me = await send()('GET', ME);
      expect([me.status, me.headers['content-type'], me.headers['cache-control']]).toEqual([200, ADMIN_JSON, 'no-store']);
      expect(Object.keys(me.json).sort()).toEqual(ME_KEY_KEYS);
      expect(me.json).toMatchObject({
        kind: 'api_key',
        name: 'integration',
        prefix: `${adminKeys.admin.slice(0, 8)}…`,
        role: 'administrator',
        permissions: [],
        organization_id: null,
      });
      expect(me.json.effective_permissions).toEqual(expect.arrayContaining(['user:manage', 'setting:manage']));
      const listed = (await send()('GET', `${BASE}/keys`)).json.data as { id: string; name: string }[];
      expect(listed.find((key) => key.id === me.json.id)?.name).toBe('integration');
      expect(me.text).not.toMatch(/secret|hash|rk_acme_admin_1111/);

      const reader = await send()('GET', ME, { token: adminKeys.readOnly });
      expect(reader.status).toBe(200);
      expect(reader.json).toMatchObject({ kind: 'api_key', name: 'reporting', role: 'user', permissions: ['user:read'] });
      expect(reader.json.tenant_id).toBe(me.json.tenant_id);
      const globex = await send()('GET', ME, { token: adminKeys.globex });
      expect(globex.json.tenant_id).not.toBe(me.json.tenant_id);
    });

    it('GET /me for an organization-bound key names its organization', async () => {
      const me = await send()('GET', ME, { token: adminKeys.sales });
      expect(me.status).toBe(200);
      expect(me.json).toMatchObject({ kind: 'api_key', name: 'sales', role: 'organizationAdministrator', organization_id: 2 });
      expect(me.json.effective_permissions).not.toContain('setting:manage');
    });

    it('GET /me for the operator token: kind operator, nothing else', async () => {
      const me = await send()('GET', ME, { token: CONFORMANCE_OPERATOR_TOKEN });
      expect([me.status, me.json]).toEqual([200, { kind: 'operator' }]);
    });

    it('GET /roles 200: the catalog, highest rank first, with what the caller may assign', async () => {
      const roles = await send()('GET', ROLES);
      expect([roles.status, roles.headers['content-type']]).toEqual([200, ADMIN_JSON]);
      expect(roles.json.data.map((role: { name: string }) => role.name)).toEqual(CATALOG);
      expect(roles.json.data[1]).toEqual({
        name: 'administrator',
        rank: 80,
        scope: 'tenant',
        permissions: expect.arrayContaining(['user:manage']),
        assignable: true,
      });
      expect(assignable(roles)).toEqual(['administrator', 'organizationAdministrator', 'publisher', 'user']);
      // Bound to Sales: nothing ranked above it, nothing reaching the whole tenant.
      expect(assignable(await send()('GET', ROLES, { token: adminKeys.sales }))).toEqual([
        'organizationAdministrator',
        'publisher',
        'user',
      ]);
      expect(assignable(await send()('GET', ROLES, { token: adminKeys.owner }))).toEqual(CATALOG);
      expect(assignable(await send()('GET', ROLES, { token: CONFORMANCE_OPERATOR_TOKEN }))).toEqual(CATALOG);
    });

    it('what GET /roles calls assignable is what the API then grants (the same rule)', async () => {
      const refused = await send()('POST', `${BASE}/users`, {
        token: adminKeys.sales,
        body: { email: 'me-roles-refused@acme.example.com', first_name: 'No', last_name: 'Way', role: 'administrator', organization_id: 3 },
      });
      expectProblem(refused, 403, 'ROLE_ABOVE_ACTOR', 'The role ranks above the caller');
    });

    it('401 UNAUTHENTICATED without a credential or with an unknown one; 405 for another method', async () => {
      for (const path of [ME, ROLES]) {
        expectProblem(await send()('GET', path, { token: null }), 401, 'UNAUTHENTICATED', 'Authentication required');
        expectProblem(await send()('GET', path, { token: 'rk_nobody' }), 401, 'UNAUTHENTICATED', 'Authentication required');
        const wrong = await send()('POST', path, { body: {} });
        expectProblem(wrong, 405, 'METHOD_NOT_ALLOWED', 'Method not allowed');
        expect(wrong.headers.allow).toBe('GET');
      }
    });
  });
}
