import { describe, expect, it } from '@jest/globals';
import { adminKeys, BASE, expectProblem, type AdminSend } from './admin-client';

const GROUPS = `${BASE}/groups`;

/** docs/dialects/admin.md, "Groups": create, list, get, rename, delete, and members, over acme's bootstrap groups 10–13. */
export function describeAdminGroupsConformance(send: () => AdminSend): void {
  describe('admin: /roster/v1/groups', () => {
    it('POST 201 (Location), GET, PATCH renames, DELETE 204 then 404; names unique in any case', async () => {
      const created = await send()('POST', GROUPS, { body: { name: 'Admin Guild', organization_id: 2 } });
      expect(created.status).toBe(201);
      const id = created.json.id as number;
      expect(created.json).toEqual({ id, name: 'Admin Guild', organization_id: 2 });
      expect(created.headers.location).toBe(`${GROUPS}/${id}`);
      expect((await send()('GET', `${GROUPS}/${id}`)).json).toEqual(created.json);
      expect(((await send()('GET', GROUPS)).json.data as { id: number }[]).map((group) => group.id)).toContain(id);
      expectProblem(
        await send()('POST', GROUPS, { body: { name: 'admin GUILD' } }),
        409,
        'GROUP_NAME_TAKEN',
        'Another group of the tenant has this name',
      );
      expectProblem(
        await send()('PATCH', `${GROUPS}/${id}`, { body: { name: 'sales TEAM' } }),
        409,
        'GROUP_NAME_TAKEN',
        'Another group of the tenant has this name',
      );
      const renamed = await send()('PATCH', `${GROUPS}/${id}`, { body: { name: 'Admin Circle' } });
      expect([renamed.status, renamed.json.name]).toEqual([200, 'Admin Circle']);
      expect((await send()('DELETE', `${GROUPS}/${id}`)).status).toBe(204);
      expectProblem(await send()('GET', `${GROUPS}/${id}`), 404, 'GROUP_NOT_FOUND', 'No such group');
      expectProblem(await send()('DELETE', `${GROUPS}/${id}`), 404, 'GROUP_NOT_FOUND', 'No such group');
      expectProblem(await send()('GET', `${GROUPS}/abc`), 404, 'GROUP_NOT_FOUND', 'No such group');
      expect((await send()('POST', GROUPS, { body: {} })).status).toBe(400);
    });

    it('members: PUT adds, GET lists, DELETE removes; a deleted group leaves its members as users', async () => {
      const { json: group } = await send()('POST', GROUPS, { body: { name: 'Member Club' } });
      const { json: user } = await send()('POST', `${BASE}/users`, { body: { email: 'club.member@acme.example.com', role: 'user' } });
      const members = `${GROUPS}/${String(group.id)}/members`;
      expect((await send()('PUT', `${members}/${String(user.id)}`)).status).toBe(204);
      expect((await send()('PUT', `${members}/${String(user.id)}`)).status).toBe(204);
      expect(((await send()('GET', members)).json.data as { id: string }[]).map((member) => member.id)).toEqual([user.id]);
      expect((await send()('DELETE', `${members}/${String(user.id)}`)).status).toBe(204);
      expect((await send()('GET', members)).json.data).toEqual([]);
      await send()('PUT', `${members}/${String(user.id)}`);
      expect((await send()('DELETE', `${GROUPS}/${String(group.id)}`)).status).toBe(204);
      expect((await send()('GET', `${BASE}/users/${String(user.id)}`)).status).toBe(200);
      expectProblem(await send()('PUT', `${members}/${String(user.id)}`), 404, 'GROUP_NOT_FOUND', 'No such group');
      expectProblem(await send()('PUT', `${GROUPS}/10/members/usr_none`), 404, 'USER_NOT_FOUND', 'No such user');
    });

    it('reads need user:read; writes a tenant-wide user:manage key (an organization-bound one answers 403)', async () => {
      const sales = ((await send()('GET', GROUPS, { token: adminKeys.sales })).json.data as { id: number }[]).map((group) => group.id);
      expect(sales).toEqual([11, 12]);
      expectProblem(await send()('GET', `${GROUPS}/10`, { token: adminKeys.sales }), 404, 'GROUP_NOT_FOUND', 'No such group');
      expectProblem(
        await send()('POST', GROUPS, { token: adminKeys.sales, body: { name: 'Mine' } }),
        403,
        'OUT_OF_SCOPE',
        "Outside the caller's organization",
      );
      expectProblem(
        await send()('DELETE', `${GROUPS}/12`, { token: adminKeys.sales }),
        403,
        'OUT_OF_SCOPE',
        "Outside the caller's organization",
      );
      expectProblem(
        await send()('PATCH', `${GROUPS}/12`, { token: adminKeys.readOnly, body: { name: 'X' } }),
        403,
        'PERMISSION_DENIED',
        'The credential lacks the permission',
      );
      expect((await send()('GET', GROUPS, { token: adminKeys.readOnly })).status).toBe(200);
    });
  });
}
