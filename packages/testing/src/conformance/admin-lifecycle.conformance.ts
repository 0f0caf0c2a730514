import { describe, expect, it } from '@jest/globals';
import { adminKeys, BASE, expectProblem, USER_KEYS, type AdminSend } from './admin-client';

const USERS = `${BASE}/users`;
const DELETED_KEYS = [...USER_KEYS, 'deleted_at', 'purge_at'].sort();

/** docs/dialects/admin.md, "Soft delete, restore and purge". */
export function describeAdminLifecycleConformance(send: () => AdminSend): void {
  describe('admin: soft delete, restore, purge', () => {
    const create = async (email: string) => {
      const answer = await send()('POST', USERS, { body: { email, first_name: 'Soft' } });
      if (answer.status !== 201) throw new Error(`expected 201, got ${answer.status} ${answer.text}`);
      return answer.json as { id: string; email: string; version: number };
    };
    const deletedIds = async (): Promise<string[]> => {
      const ids: string[] = [];
      let next: string | null = null;
      do {
        const page: { status: number; json: { data: { id: string }[]; next: string | null } } = await send()(
          'GET',
          `${USERS}?status=deleted&limit=2${next === null ? '' : `&after=${next}`}`,
        );
        expect(page.status).toBe(200);
        ids.push(...page.json.data.map((user) => user.id));
        next = page.json.next;
      } while (next !== null);
      return ids;
    };

    it('DELETE 204 soft-deletes: GET 404, gone from the list, listed by status=deleted with deleted_at and purge_at', async () => {
      const user = await create('soft.one@example.com');
      expect((await send()('DELETE', `${USERS}/${user.id}`)).status).toBe(204);
      expectProblem(await send()('GET', `${USERS}/${user.id}`), 404, 'USER_NOT_FOUND', 'No such user');
      expectProblem(await send()('DELETE', `${USERS}/${user.id}`), 404, 'USER_NOT_FOUND', 'No such user');
      const live = await send()('GET', `${USERS}?limit=100`, { token: adminKeys.owner });
      expect((live.json.data as { id: string }[]).some((entry) => entry.id === user.id)).toBe(false);
      const listed = await send()('GET', `${USERS}?status=deleted&limit=100`);
      const entry = (listed.json.data as Record<string, unknown>[]).find((item) => item.id === user.id)!;
      expect(Object.keys(entry).sort()).toEqual(DELETED_KEYS);
      const deletedAt = Date.parse(entry.deleted_at as string);
      expect(Date.parse(entry.purge_at as string) - deletedAt).toBe(30 * 86_400_000);
      expect(listed.json.total).toBe(listed.json.data.length);
      expect(await deletedIds()).toContain(user.id);
    });

    it('POST …/restore 200 brings the user back with a new ETag; a second restore is 404', async () => {
      const user = await create('soft.two@example.com');
      await send()('DELETE', `${USERS}/${user.id}`);
      const restored = await send()('POST', `${USERS}/${user.id}/restore`);
      expect([restored.status, restored.headers.etag, restored.json.id, restored.json.email]).toEqual([200, '"2"', user.id, user.email]);
      expect((await send()('GET', `${USERS}/${user.id}`)).status).toBe(200);
      expect(await deletedIds()).not.toContain(user.id);
      expectProblem(await send()('POST', `${USERS}/${user.id}/restore`), 404, 'USER_NOT_FOUND', 'No such user');
      expect((await send()('GET', `${USERS}/${user.id}/restore`)).headers.allow).toBe('POST');
    });

    it('the e-mail is free once soft-deleted: a new user may take it, and the restore is then 409 EMAIL_TAKEN', async () => {
      const user = await create('soft.three@example.com');
      await send()('DELETE', `${USERS}/${user.id}`);
      const successor = await create('soft.three@example.com');
      expectProblem(await send()('POST', `${USERS}/${user.id}/restore`), 409, 'EMAIL_TAKEN', 'The e-mail is in use');
      expect(await deletedIds()).toContain(user.id);
      expect((await send()('DELETE', `${USERS}/${successor.id}?purge=true`)).status).toBe(204);
      expect((await send()('POST', `${USERS}/${user.id}/restore`)).status).toBe(200);
    });

    it('DELETE ?purge=true removes a live or a soft-deleted user for good', async () => {
      const live = await create('purge.live@example.com');
      const soft = await create('purge.soft@example.com');
      await send()('DELETE', `${USERS}/${soft.id}`);
      expect((await send()('DELETE', `${USERS}/${live.id}?purge=true`)).status).toBe(204);
      expect((await send()('DELETE', `${USERS}/${soft.id}?purge=true`)).status).toBe(204);
      const ids = await deletedIds();
      expect([ids.includes(live.id), ids.includes(soft.id)]).toEqual([false, false]);
      expectProblem(await send()('POST', `${USERS}/${soft.id}/restore`), 404, 'USER_NOT_FOUND', 'No such user');
      expectProblem(await send()('DELETE', `${USERS}/${soft.id}?purge=true`), 404, 'USER_NOT_FOUND', 'No such user');
      expectProblem(await send()('DELETE', `${USERS}/${soft.id}?purge=yes`), 400, 'VALIDATION_FAILED', 'The request is invalid');
    });

    it('status=deleted needs user:manage, takes no other filter, and binds its cursor', async () => {
      expectProblem(
        await send()('GET', `${USERS}?status=deleted`, { token: adminKeys.readOnly }),
        403,
        'PERMISSION_DENIED',
        'The credential lacks the permission',
      );
      expectProblem(await send()('GET', `${USERS}?status=deleted&role=user`), 400, 'VALIDATION_FAILED', 'The request is invalid');
      const first = await send()('GET', `${USERS}?limit=1`, { token: adminKeys.owner });
      const moved = await send()('GET', `${USERS}?status=deleted&after=${first.json.next}`);
      expect(moved.json.errors).toEqual([{ field: 'after', message: 'was issued for other filters' }]);
    });
  });
}
