import { describe, expect, it } from '@jest/globals';
import { adminKeys, BASE, expectProblem, type AdminSend } from './admin-client';
import { fixture } from './conformance-fixture';
import { ispringClient } from './ispring-wire';

const USERS = `${BASE}/users`;

interface Listed {
  readonly id: string;
  readonly email: string;
  readonly last_name: string;
  readonly created_at: string;
  readonly last_login_at: string | null;
}

interface ListAnswer {
  readonly status: number;
  readonly json: { data: Listed[]; next: string | null; total?: number; errors?: unknown };
}

/** Code-point order of lower-cased text, as the admin sorts (`a` before `b` is negative). */
const byText = (a: string, b: string): number => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);

/**
 * docs/dialects/admin.md, "Lists": several statuses and roles, an organization's subtree, a group,
 * created and last-login bounds, profile values, the four orders with a cursor bound to its order,
 * and `total` only when asked. Every user here has `ulst` in its e-mail, so `q=ulst` keeps the
 * lists to this file's users.
 */
export function describeAdminUserListConformance(send: () => AdminSend, baseUrl: () => string): void {
  describe('admin: GET /roster/v1/users filters and sorts', () => {
    const create = async (body: Record<string, unknown>): Promise<Listed> => {
      const answer = await send()('POST', USERS, { token: adminKeys.admin, body });
      if (answer.status !== 201) throw new Error(`expected 201, got ${answer.status} ${answer.text}`);
      return answer.json as Listed;
    };
    /** `q` (default `ulst`) and `limit=100` unless the query gives its own. */
    const list = async (query: string, token: string = adminKeys.owner): Promise<ListAnswer> => {
      const defaults = `${/(^|&)q=/.test(query) ? '' : 'q=ulst&'}${/(^|&)limit=/.test(query) ? '' : 'limit=100&'}`;
      return send()('GET', `${USERS}?${defaults}${query}`, { token });
    };
    const emails = async (query: string, token?: string): Promise<string[]> => {
      const answer = await list(query, token);
      expect(answer.status).toBe(200);
      return answer.json.data.map((user) => user.email);
    };
    /** Every page of `limit=2` by cursor; `between` runs after each page. */
    const walk = async (query: string, between?: () => Promise<void>): Promise<string[]> => {
      const seen: string[] = [];
      let next: string | null = null;
      do {
        const page: ListAnswer = await send()('GET', `${USERS}?q=ulst&limit=2&${query}${next === null ? '' : `&after=${next}`}`, {
          token: adminKeys.owner,
        });
        expect(page.status).toBe(200);
        seen.push(...page.json.data.map((user) => user.email));
        next = page.json.next;
        if (seen.length > 40) throw new Error(`${query}: the walk does not end (${seen.join(' ')})`);
        await between?.();
      } while (next !== null);
      return seen;
    };

    const people: Listed[] = [];
    const setUp = async (): Promise<void> => {
      if (people.length > 0) return;
      people.push(await create({ email: 'b.ulst@example.com', last_name: 'Zeta', role: 'user', organization_id: 1 }));
      people.push(await create({ email: 'a.ulst@example.com', last_name: 'alpha', role: 'publisher', organization_id: 2 }));
      people.push(await create({ email: 'd.ulst@example.com', last_name: 'Mu', role: 'user', organization_id: 3, status: 'inactive' }));
      people.push(
        await create({ email: 'c.ulst@example.com', last_name: 'beta', role: 'publisher', organization_id: 4, status: 'pending' }),
      );
      const member = await send()('PUT', `${BASE}/groups/10/members/${people[2]?.id}`, { token: adminKeys.admin });
      expect(member.status).toBeLessThan(300);
    };
    const all = ['b.ulst@example.com', 'a.ulst@example.com', 'd.ulst@example.com', 'c.ulst@example.com'];

    it('several statuses and roles, an organization subtree, a group, created bounds, together; total only with total=true', async () => {
      await setUp();
      expect(await emails('')).toEqual(all);
      expect(await emails('status=inactive,pending')).toEqual(['d.ulst@example.com', 'c.ulst@example.com']);
      expect(await emails('status=active,inactive&role=publisher,user')).toEqual(all.slice(0, 3));
      expect(await emails('role=publisher')).toEqual(['a.ulst@example.com', 'c.ulst@example.com']);
      expect(await emails('organization_id=2')).toEqual(['a.ulst@example.com']);
      expect(await emails('organization_id=2&organization_subtree=true')).toEqual(['a.ulst@example.com', 'd.ulst@example.com']);
      expect(await emails('organization_id=1&organization_subtree=true&status=active,pending')).toEqual([
        'b.ulst@example.com',
        'a.ulst@example.com',
        'c.ulst@example.com',
      ]);
      // The sales key (organization 2) sees its subtree only: an organization above it is outside its scope.
      expect(await emails('organization_id=2&organization_subtree=true', adminKeys.sales)).toEqual([
        'a.ulst@example.com',
        'd.ulst@example.com',
      ]);
      expect(await emails('organization_id=1&organization_subtree=true', adminKeys.sales)).toEqual([]);
      expect(await emails('group_id=10')).toEqual(['d.ulst@example.com']);
      const at = (user: Listed | undefined): number => Date.parse(user?.created_at ?? '');
      const [first, , , last] = people;
      const later = people.filter((user) => at(user) > at(first)).map((user) => user.email);
      expect(await emails(`created_after=${first?.created_at}`)).toEqual(later);
      const until = encodeURIComponent(new Date(at(last) + 1).toISOString());
      expect(await emails(`created_before=${until}&role=user`)).toEqual(['b.ulst@example.com', 'd.ulst@example.com']);
      expect(await emails('created_after=2000-01-01&created_before=2000-01-02')).toEqual([]);

      const counted = await list('status=active,pending&total=true');
      expect([counted.json.total, counted.json.data.length]).toEqual([3, 3]);
      const paged = await list('status=active,pending&total=true&limit=1');
      expect([paged.json.total, paged.json.data.length]).toEqual([3, 1]);
      expect('total' in (await list('status=active,pending')).json).toBe(false);
      expect((await list('total=false')).json.total).toBeUndefined();
    });

    it('400 naming the parameter: unknown statuses or roles, empty items, bad dates, a subtree without organization', async () => {
      const refused = async (query: string, field: string): Promise<void> => {
        const answer = await list(query);
        expectProblem(answer as never, 400, 'VALIDATION_FAILED', 'The request is invalid');
        expect((answer.json.errors as { field: string }[]).map((issue) => issue.field)).toEqual([field]);
      };
      await refused('status=active,nope', 'status');
      await refused('status=active,', 'status');
      await refused('role=user,emperor', 'role');
      await refused('created_after=yesterday', 'created_after');
      await refused('last_login_before=2026-13-01', 'last_login_before');
      await refused('created_before=2026-01-01T10:00', 'created_before');
      await refused('organization_subtree=true', 'organization_subtree');
      await refused('organization_subtree=yes&organization_id=1', 'organization_subtree');
      await refused('group_id=x', 'group_id');
      await refused('sort=age', 'sort');
      await refused('total=1', 'total');
      await refused('profile.NOPE=x', 'profile.NOPE');
      await refused('profile.emp_code=x', 'profile.emp_code');
      const counted = await send()('GET', `${USERS}?status=deleted&total=true`, { token: adminKeys.owner });
      expect([counted.status, typeof counted.json.total]).toEqual([200, 'number']);
      const deleted = await send()('GET', `${USERS}?status=deleted&sort=email`, { token: adminKeys.owner });
      expectProblem(deleted, 400, 'VALIDATION_FAILED', 'The request is invalid');
      expect(deleted.json.errors).toEqual([{ field: 'sort', message: 'cannot be combined with status=deleted' }]);
    });

    it('profile.<field>=value: a profile value equals, in any case; with other filters', async () => {
      const ispring = ispringClient(baseUrl);
      const ids: number[] = [];
      for (const email of ['p1.uprf@example.com', 'p2.uprf@example.com']) {
        const created = await ispring.send('POST', '/user', { headers: { 'X-Email': email, 'X-Send-Login-Email': '0' } });
        ids.push(Number(created.text));
      }
      const fields = (code: string) => ({ 'X-Fields-Xml': `<fields><EMP_CODE>${code}</EMP_CODE><job_title>Clerk</job_title></fields>` });
      expect((await ispring.send('POST', `/user/${ids[0]}`, { headers: fields('UL-1') })).status).toBe(200);
      expect((await ispring.send('POST', `/user/${ids[1]}`, { headers: fields('UL-2') })).status).toBe(200);
      expect(await emails('q=uprf&profile.EMP_CODE=ul-2')).toEqual(['p2.uprf@example.com']);
      expect(await emails('q=uprf&profile.job_title=CLERK&sort=-email')).toEqual(['p2.uprf@example.com', 'p1.uprf@example.com']);
      expect(await emails('q=uprf&profile.job_title=clerk&profile.EMP_CODE=UL-1')).toEqual(['p1.uprf@example.com']);
      expect(await emails('q=uprf&profile.EMP_CODE=UL-3')).toEqual([]);
      const twice = await send()('GET', `${USERS}?profile.EMP_CODE=a&profile.EMP_CODE=b`, { token: adminKeys.owner });
      expectProblem(twice, 400, 'VALIDATION_FAILED', 'The request is invalid');
      expect(twice.json.errors).toEqual([{ field: 'profile.EMP_CODE', message: 'must be given once' }]);
      // A cursor is bound to the profile filters too.
      const first = await list('q=uprf&profile.job_title=clerk&limit=1');
      const moved = await list(`q=uprf&profile.job_title=clerk&profile.EMP_CODE=UL-1&limit=1&after=${first.json.next}`);
      expect(moved.json.errors).toEqual([{ field: 'after', message: 'was issued for other filters' }]);
    });

    it('sorts by created, email, name, last_login, either way; the cursor walks each order and is refused by another', async () => {
      await setUp();
      const sorted = [...people];
      expect(await walk('sort=email')).toEqual(sorted.map((user) => user.email).sort(byText));
      expect(await walk('sort=-email')).toEqual(
        sorted
          .map((user) => user.email)
          .sort(byText)
          .reverse(),
      );
      const byName = [...sorted].sort((a, b) => byText(a.last_name, b.last_name)).map((user) => user.email);
      expect(byName).toEqual(['a.ulst@example.com', 'c.ulst@example.com', 'd.ulst@example.com', 'b.ulst@example.com']);
      expect(await walk('sort=name')).toEqual(byName);
      expect(await walk('sort=-name')).toEqual([...byName].reverse());
      expect(await walk('sort=created')).toEqual(all);
      expect(await walk('sort=-created')).toEqual([...all].reverse());

      // One user signs in (iSpring's credentials): it has a last login, the others none (last ascending, first descending).
      await send()('PATCH', `${USERS}/${people[3]?.id}`, {
        token: adminKeys.admin,
        body: { password: 'a long enough secret 1', status: 'active' },
      });
      const since = new Date(Date.now() - 1000).toISOString();
      const ispring = ispringClient(baseUrl);
      await ispring.send('GET', '/user', {
        as: { accountUrl: fixture.acme.accountUrl, email: 'c.ulst@example.com', password: 'a long enough secret 1' },
      });
      const signedIn = (await list('')).json.data.find((user) => user.email === 'c.ulst@example.com');
      expect(signedIn?.last_login_at).not.toBeNull();
      expect(await emails(`last_login_after=${since}`)).toEqual(['c.ulst@example.com']);
      expect(await emails(`last_login_before=${since}`)).toEqual([]);
      const lastLogin = await walk('sort=last_login');
      expect(lastLogin).toEqual(['c.ulst@example.com', ...all.filter((email) => email !== 'c.ulst@example.com')]);
      expect(await walk('sort=-last_login')).toEqual([...all.filter((email) => email !== 'c.ulst@example.com'), 'c.ulst@example.com']);

      const byEmail = await list('sort=email&limit=1');
      for (const other of ['sort=-email', 'sort=name', '']) {
        const moved = await list(`${other}&limit=1&after=${byEmail.json.next}`);
        expectProblem(moved as never, 400, 'VALIDATION_FAILED', 'The request is invalid');
        expect(moved.json.errors).toEqual([{ field: 'after', message: 'was issued for another sort' }]);
      }
      const byCreated = await list('limit=1');
      const fromCreated = await list(`sort=email&limit=1&after=${byCreated.json.next}`);
      expect(fromCreated.json.errors).toEqual([{ field: 'after', message: 'was issued for another sort' }]);
      const forged = await list(`sort=email&limit=1&after=${String(byEmail.json.next).slice(0, -3)}x`);
      expect(forged.json.errors).toEqual([{ field: 'after', message: 'must be a cursor from next' }]);
    });

    it('a sorted walk is stable under inserts made between its pages: every earlier user once, in order', async () => {
      await setUp();
      let made = 0;
      const seen = await walk('sort=-email', async () => {
        made += 1;
        await create({ email: `${made % 2 === 0 ? 'a0' : 'z9'}-${made}.ulst@example.com`, last_name: 'New' });
      });
      const before = all.slice().sort(byText).reverse();
      expect(seen.filter((email) => before.includes(email))).toEqual(before);
      expect(new Set(seen).size).toBe(seen.length);
    });
  });
}
