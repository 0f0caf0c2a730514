import { beforeAll, describe, expect, it } from '@jest/globals';
import { fixture } from './conformance-fixture';
import type { StartConformanceHost } from './conformance-host';
import {
  createRestUser,
  INSUFFICIENT,
  invalidText,
  PUBLIC_ID,
  REST_V1_JSON,
  restKeys,
  ROLE_NAMES,
  TIMESTAMP,
  useRestHost,
  USERS,
} from './rest-v1-client';

const acme = fixture.acme.users;
/** The acme users of the bootstrap file, in the order they are created. */
const BOOTSTRAP = [acme.owner, acme.admin, acme.salesAdmin, acme.eastUser, acme.supportUser, acme.publisher, acme.inactive].map(
  (user) => user.email,
);
const CREATED = Array.from({ length: 23 }, (_, i) => `list.user${String(i).padStart(2, '0')}@example.com`);
const PAGE = 'must be an integer from 1 to 2147483647';
const LIMIT = 'must be an integer from 1 to 100';

const emails = (answer: { json: { data: { email: string }[] } }): string[] => answer.json.data.map((user) => user.email);

/** docs/dialects/rest-v1.md "Lists": defaults, order, pagination math, filters, invalid parameters, who may list. */
export function describeRestV1ListConformance(startHost: StartConformanceHost): void {
  describe('rest-v1: GET /api/v1/users', () => {
    const send = useRestHost(startHost);

    it('200 with 20 per page by default and items with last_login but no settings', async () => {
      const answer = await send('GET', USERS);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe(REST_V1_JSON);
      expect(Object.keys(answer.json)).toEqual(['data', 'meta']);
      expect(answer.json.meta).toEqual({ total: 7, page: 1, limit: 20, pages: 1 });
      expect(emails(answer)).toEqual(BOOTSTRAP);
      const first = answer.json.data[0];
      expect(Object.keys(first)).toEqual(['id', 'email', 'name', 'role', 'status', 'created_at', 'last_login']);
      expect(first).toEqual({
        id: expect.stringMatching(PUBLIC_ID),
        email: acme.owner.email,
        name: 'Olive Owner',
        role: 'owner',
        status: 'active',
        created_at: expect.stringMatching(TIMESTAMP),
        last_login: null,
      });
    });

    it('403 Insufficient permissions for a key without user:read; 200 for a read-only key', async () => {
      const refused = await send('GET', USERS, { key: restKeys.publisher });
      expect([refused.status, refused.text]).toEqual([403, INSUFFICIENT]);
      expect((await send('GET', USERS, { key: restKeys.readOnly })).json.meta.total).toBe(7);
    });

    it("only the organization's subtree for a key bound to an organization", async () => {
      expect(emails(await send('GET', USERS, { key: restKeys.sales }))).toEqual([acme.salesAdmin.email, acme.eastUser.email]);
    });

    it("only the key's tenant", async () => {
      expect(emails(await send('GET', USERS, { key: restKeys.globex }))).toEqual([fixture.globex.users.boss.email]);
    });

    it.each([
      ['page=0', { page: [PAGE] }],
      ['page=-1', { page: [PAGE] }],
      ['page=1.5', { page: [PAGE] }],
      ['page=first', { page: [PAGE] }],
      ['limit=0', { limit: [LIMIT] }],
      ['limit=101', { limit: [LIMIT] }],
      ['limit=ten', { limit: [LIMIT] }],
      ['status=deleted', { status: ['must be one of: active, inactive, pending'] }],
      ['role=superuser', { role: [`must be one of: ${ROLE_NAMES}`] }],
      ['page=0&limit=500', { page: [PAGE], limit: [LIMIT] }],
    ])('400 Invalid parameters for ?%s', async (query, errors) => {
      const answer = await send('GET', `${USERS}?${query}`);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.text)).toEqual(JSON.parse(invalidText(errors)));
      expect(answer.headers['content-type']).toBe(REST_V1_JSON);
    });

    it('400 body, byte for byte, for one invalid parameter', async () => {
      expect((await send('GET', `${USERS}?limit=101`)).text).toBe(invalidText({ limit: [LIMIT] }));
    });

    it('ignores unknown query parameters', async () => {
      const answer = await send('GET', `${USERS}?sort=name&per_page=2&q=x`);
      expect([answer.status, answer.json.meta]).toEqual([200, { total: 7, page: 1, limit: 20, pages: 1 }]);
    });

    describe('with 23 more users', () => {
      beforeAll(async () => {
        for (const [i, email] of CREATED.entries()) await createRestUser(send, { email, name: `List User${i}` });
      });

      it('orders by created_at, then id, and pages with pages = ceil(total / limit)', async () => {
        const seen: string[] = [];
        for (let page = 1; page <= 5; page++) {
          const answer = await send('GET', `${USERS}?page=${page}&limit=7`);
          expect(answer.json.meta).toEqual({ total: 30, page, limit: 7, pages: 5 });
          expect(answer.json.data).toHaveLength(page < 5 ? 7 : 2);
          seen.push(...emails(answer));
        }
        expect(seen).toEqual([...BOOTSTRAP, ...CREATED]);
        const all = await send('GET', `${USERS}?limit=100`);
        const created = (all.json.data as { created_at: string }[]).map((user) => user.created_at);
        expect([...created].sort()).toEqual(created);
      });

      it('answers a page past the end with empty data and the right meta', async () => {
        const answer = await send('GET', `${USERS}?page=4&limit=10`);
        expect(answer.status).toBe(200);
        expect(answer.text).toBe('{"data":[],"meta":{"total":30,"page":4,"limit":10,"pages":3}}');
      });

      it('filters by status and by exact role, alone and together', async () => {
        const pending = await send('GET', `${USERS}?status=pending&limit=100`);
        expect(emails(pending)).toEqual(CREATED);
        expect(pending.json.meta).toEqual({ total: 23, page: 1, limit: 100, pages: 1 });
        expect(emails(await send('GET', `${USERS}?status=inactive`))).toEqual([acme.inactive.email]);
        expect(emails(await send('GET', `${USERS}?role=administrator`))).toEqual([acme.admin.email, acme.inactive.email]);
        const both = await send('GET', `${USERS}?role=administrator&status=active`);
        expect([emails(both), both.json.meta]).toEqual([[acme.admin.email], { total: 1, page: 1, limit: 20, pages: 1 }]);
        const user = await send('GET', `${USERS}?role=user&status=pending&page=2&limit=20`);
        expect(user.json.meta).toEqual({ total: 23, page: 2, limit: 20, pages: 2 });
        expect(emails(user)).toEqual(CREATED.slice(20));
      });

      it('counts 0 pages when nothing matches', async () => {
        const answer = await send('GET', `${USERS}?role=owner&status=pending`);
        expect(answer.text).toBe('{"data":[],"meta":{"total":0,"page":1,"limit":20,"pages":0}}');
      });
    });
  });
}
