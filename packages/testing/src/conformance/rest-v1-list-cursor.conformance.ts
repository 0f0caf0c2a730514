import { beforeAll, describe, expect, it } from '@jest/globals';
import { fixture } from './conformance-fixture';
import type { StartConformanceHost } from './conformance-host';
import { createRestUser, REST_V1_JSON, type RestSend, useRestHost, USERS } from './rest-v1-client';

const acme = fixture.acme.users;
/** The acme users of the bootstrap file, in the order they are created. */
const BOOTSTRAP = [acme.owner, acme.admin, acme.salesAdmin, acme.eastUser, acme.supportUser, acme.publisher, acme.inactive].map(
  (user) => user.email,
);
const CREATED = Array.from({ length: 12 }, (_, i) => `cursor.user${String(i).padStart(2, '0')}@example.com`);
const TAMPERED = '{"success":false,"message":"Invalid parameters","errors":{"after":["must be a cursor from meta.next"]}}';
const OTHER_FILTERS = '{"success":false,"message":"Invalid parameters","errors":{"after":["was issued for other filters"]}}';
const WITH_PAGE = '{"success":false,"message":"Invalid parameters","errors":{"after":["cannot be combined with page"]}}';

const emails = (answer: { json: { data: { email: string }[] } }): string[] => answer.json.data.map((user) => user.email);

/**
 * Walks `query` by cursor as a client does: start with an empty `after`, then follow `meta.next`
 * until it is null. `between` runs after each page (1-based). Answers the e-mails in order.
 */
async function walk(send: RestSend, query: string, between?: (page: number) => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  let after = '';
  for (let page = 1; page < 50; page++) {
    const answer = await send('GET', `${USERS}?${query}&after=${encodeURIComponent(after)}`);
    expect([answer.status, answer.headers['content-type']]).toEqual([200, REST_V1_JSON]);
    expect(Object.keys(answer.json.meta)).toEqual(['total', 'limit', 'next']);
    seen.push(...emails(answer));
    const next: unknown = answer.json.meta.next;
    if (next === null) return seen;
    expect(next).toEqual(expect.stringMatching(/^[A-Za-z0-9_-]+$/));
    await between?.(page);
    after = next as string;
  }
  throw new Error('the walk did not end');
}

/** The `after` cursor of rest-v1 lists (issue #11): every user once, stable under inserts, refused when edited. */
export function describeRestV1ListCursorConformance(startHost: StartConformanceHost): void {
  describe('rest-v1: GET /api/v1/users?after=<cursor>', () => {
    const send = useRestHost(startHost);

    beforeAll(async () => {
      for (const [i, email] of CREATED.entries()) await createRestUser(send, { email, name: `Cursor User${i}` });
    });

    it('walks every user exactly once, oldest first; the last page says next: null', async () => {
      const first = await send('GET', `${USERS}?after=&limit=5`);
      expect(first.json.meta).toEqual({ total: 19, limit: 5, next: expect.any(String) });
      expect(await walk(send, 'limit=5')).toEqual([...BOOTSTRAP, ...CREATED]);
      expect(await walk(send, 'limit=19')).toEqual([...BOOTSTRAP, ...CREATED]);
      const page = await send('GET', `${USERS}?page=1&limit=5`);
      expect(page.json.meta).toEqual({ total: 19, page: 1, limit: 5, pages: 4 });
    });

    it('walks with filters, the cursor bound to them', async () => {
      expect(await walk(send, 'status=pending&limit=5')).toEqual(CREATED);
      expect(await walk(send, 'role=administrator&limit=1')).toEqual([acme.admin.email, acme.inactive.email]);
      const none = await send('GET', `${USERS}?role=owner&status=pending&after=`);
      expect(none.text).toBe('{"data":[],"meta":{"total":0,"limit":20,"next":null}}');
    });

    it('400 for a tampered cursor', async () => {
      const next = (await send('GET', `${USERS}?after=&limit=3`)).json.meta.next as string;
      const plain = Buffer.from(next, 'base64url').toString('utf8');
      const edited = Buffer.from(
        plain.replace(/^\d+/, (ms) => String(Number(ms) + 1)),
        'utf8',
      ).toString('base64url');
      for (const bad of [edited, next.slice(0, -1), 'abc', 'not%20a%20cursor']) {
        const answer = await send('GET', `${USERS}?limit=3&after=${bad}`);
        expect([answer.status, answer.text]).toEqual([400, TAMPERED]);
      }
    });

    it('400 for a cursor reused with other filters, and for after with page', async () => {
      const next = (await send('GET', `${USERS}?status=pending&after=&limit=3`)).json.meta.next as string;
      expect((await send('GET', `${USERS}?status=pending&limit=3&after=${next}`)).status).toBe(200);
      for (const query of ['', '&status=active', '&status=pending&role=user']) {
        const answer = await send('GET', `${USERS}?limit=3&after=${next}${query}`);
        expect([answer.status, answer.text]).toEqual([400, OTHER_FILTERS]);
      }
      const paged = await send('GET', `${USERS}?page=2&after=${next}&status=pending`);
      expect([paged.status, paged.text]).toEqual([400, WITH_PAGE]);
    });

    it('walks users created during the walk once, after those seen (runs last: it adds users)', async () => {
      const added = ['cursor.late0@example.com', 'cursor.late1@example.com', 'cursor.late2@example.com'];
      const seen = await walk(send, 'limit=4', async (page) => {
        if (page === 2) for (const email of added.slice(0, 2)) await createRestUser(send, { email, name: 'Late User' });
        if (page === 4) await createRestUser(send, { email: added[2], name: 'Late User' });
      });
      expect(seen).toEqual([...BOOTSTRAP, ...CREATED, ...added]);
    });
  });
}
