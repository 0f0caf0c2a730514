import { describe, expect, it } from '@jest/globals';
import { adminKeys, BASE, expectProblem, type AdminSend } from './admin-client';

const USERS = `${BASE}/users`;

interface ListAnswer {
  readonly status: number;
  readonly json: { data: { id: string }[]; next: string | null; total: number };
}

/** docs/dialects/admin.md, "Lists": the text search `q` over e-mail, first and last name and login. */
export function describeAdminUserSearchConformance(send: () => AdminSend): void {
  describe('admin: GET /roster/v1/users?q=', () => {
    const create = async (body: Record<string, unknown>): Promise<string> => {
      const answer = await send()('POST', USERS, { token: adminKeys.admin, body });
      if (answer.status !== 201) throw new Error(`expected 201, got ${answer.status} ${answer.text}`);
      return answer.json.id as string;
    };
    const list = async (query: string): Promise<ListAnswer> => send()('GET', `${USERS}?total=true&${query}`, { token: adminKeys.owner });
    const found = async (query: string): Promise<string[]> => {
      const answer = await list(query);
      expect(answer.status).toBe(200);
      expect(answer.json.total).toBe(answer.json.data.length);
      return answer.json.data.map((user) => user.id);
    };

    it('matches e-mail, first name, last name and login in any case; % and _ are literal; with other filters; paged', async () => {
      // `qx7` is in each user once, in another column and case each time.
      const byEmail = await create({ email: 'Srch.One-QX7@Example.com', first_name: 'One' });
      const byFirst = await create({ email: 'srch.two@example.com', first_name: 'Qx7First' });
      const byLast = await create({ email: 'srch.three@example.com', last_name: 'vanQX7', status: 'inactive' });
      const byLogin = await create({ email: 'srch.four@example.com', login: 'qx7_Login' });
      const byPercent = await create({ email: 'srch.five@example.com', first_name: '100%qX7' });
      const all = [byEmail, byFirst, byLast, byLogin, byPercent];

      expect(await found('q=QX7&limit=100')).toEqual(all);
      expect(await found('q=one-qx7%40EXAMPLE&limit=100')).toEqual([byEmail]);
      expect(await found('q=qx7first')).toEqual([byFirst]);
      expect(await found('q=VANqx7')).toEqual([byLast]);
      expect(await found('q=QX7_lOGIN')).toEqual([byLogin]);
      // As wildcards `%qx7` would match all five and `qx7_` three; literally one each.
      expect(await found(`q=${encodeURIComponent('%qx7')}`)).toEqual([byPercent]);
      expect(await found(`q=${encodeURIComponent('qx7_')}`)).toEqual([byLogin]);
      expect(await found(`q=${encodeURIComponent('qx7\\')}`)).toEqual([]);
      expect(await found('q=qx7&status=inactive')).toEqual([byLast]);
      expect(await found('q=qx7&status=active&limit=100')).toEqual([byEmail, byFirst, byLogin, byPercent]);
      expect(await found('q=nobody-has-this-qx7')).toEqual([]);
      // An empty q is no search.
      expect((await list('q=&limit=1')).json.total).toBe((await list('limit=1')).json.total);

      const seen: string[] = [];
      let next: string | null = null;
      do {
        const page: ListAnswer = await list(`q=qx7&limit=2${next === null ? '' : `&after=${next}`}`);
        expect([page.status, page.json.total]).toEqual([200, 5]);
        seen.push(...page.json.data.map((user) => user.id));
        next = page.json.next;
      } while (next !== null);
      expect(seen).toEqual(all);
    });

    it('a cursor only works with the q it was issued for; q over 200 characters or with status=deleted is 400', async () => {
      const first = await list('q=srch&limit=1');
      expect(first.json.next).not.toBeNull();
      for (const other of ['q=SRCH', 'q=srch.', '']) {
        const moved = await send()('GET', `${USERS}?total=true&limit=1&${other}&after=${first.json.next}`, { token: adminKeys.owner });
        expectProblem(moved, 400, 'VALIDATION_FAILED', 'The request is invalid');
        expect(moved.json.errors).toEqual([{ field: 'after', message: 'was issued for other filters' }]);
      }
      expect((await list(`q=srch&limit=1&after=${first.json.next}`)).status).toBe(200);

      expect((await list(`q=${'a'.repeat(200)}`)).status).toBe(200);
      const long = await send()('GET', `${USERS}?q=${'a'.repeat(201)}`, { token: adminKeys.owner });
      expectProblem(long, 400, 'VALIDATION_FAILED', 'The request is invalid');
      expect(long.json.errors).toEqual([{ field: 'q', message: 'must be at most 200 characters' }]);
      const twice = await send()('GET', `${USERS}?q=a&q=b`, { token: adminKeys.owner });
      expectProblem(twice, 400, 'VALIDATION_FAILED', 'The request is invalid');
      const deleted = await send()('GET', `${USERS}?status=deleted&q=srch`, { token: adminKeys.owner });
      expectProblem(deleted, 400, 'VALIDATION_FAILED', 'The request is invalid');
      expect(deleted.json.errors).toEqual([{ field: 'q', message: 'cannot be combined with status=deleted' }]);
    });
  });
}
