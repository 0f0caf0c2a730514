import { fixture } from '@roster/testing';
import { createUser, invalidBody, JSON_TYPE, keys, setupRestV1, type Harness } from './rest-v1.fixture';

const acme = fixture.acme.users;
const BOOTSTRAP_ORDER = [
  acme.owner.email,
  acme.admin.email,
  acme.salesAdmin.email,
  acme.eastUser.email,
  acme.supportUser.email,
  acme.publisher.email,
  acme.inactive.email,
];

const list = (h: Harness, query: Record<string, string | string[]> = {}, key: string = keys.admin) =>
  h.send('GET', '/api/v1/users', { key, query });
const emails = (answer: { json: { data: { email: string }[] } }) => answer.json.data.map((user) => user.email);

describe('rest-v1 GET /api/v1/users (in-process)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await setupRestV1();
  });

  it('answers the first page with defaults, oldest first, items with last_login but no settings', async () => {
    const answer = await list(h);
    expect(answer.status).toBe(200);
    expect(answer.headers).toEqual({ 'Content-Type': JSON_TYPE });
    expect(answer.json.meta).toEqual({ total: 7, page: 1, limit: 20, pages: 1 });
    expect(emails(answer)).toEqual(BOOTSTRAP_ORDER);
    expect(answer.json.data[0]).toEqual({
      id: expect.stringMatching(/^usr_[A-Za-z0-9_-]{10,}$/),
      email: acme.owner.email,
      name: 'Olive Owner',
      role: 'owner',
      status: 'active',
      created_at: '2023-01-15T08:30:00Z',
      last_login: null,
    });
    expect(Object.keys(answer.json)).toEqual(['data', 'meta']);
  });

  it('orders by created_at, then creation, and pages with ceil(total / limit)', async () => {
    const created: string[] = [];
    for (let i = 0; i < 23; i++) {
      h.clock.set(`2023-02-0${1 + (i % 3)}T00:00:00Z`); // out of order on purpose: created_at decides
      const email = `bulk${String(i).padStart(2, '0')}@example.com`;
      await createUser(h, { email, name: `Bulk ${i}` });
      created.push(email);
    }
    const expected = [...BOOTSTRAP_ORDER, ...[0, 1, 2].flatMap((day) => created.filter((_, i) => i % 3 === day))];
    const pages = [];
    for (let page = 1; page <= 5; page++) {
      const answer = await list(h, { page: String(page), limit: '7' });
      expect(answer.json.meta).toEqual({ total: 30, page, limit: 7, pages: 5 });
      pages.push(...emails(answer));
    }
    expect(pages).toEqual(expected);
    const last = await list(h, { page: '5', limit: '7' });
    expect(last.json.data).toHaveLength(2);
  });

  it('answers a page past the end with no data and the right meta', async () => {
    const answer = await list(h, { page: '9', limit: '5' });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('{"data":[],"meta":{"total":7,"page":9,"limit":5,"pages":2}}');
  });

  it('filters by status and by exact role, together too, and counts 0 pages when none match', async () => {
    await createUser(h, { email: 'new.one@example.com', name: 'New One' });
    expect(emails(await list(h, { status: 'inactive' }))).toEqual([acme.inactive.email]);
    expect(emails(await list(h, { status: 'pending' }))).toEqual(['new.one@example.com']);
    expect(emails(await list(h, { role: 'publisher' }))).toEqual([acme.publisher.email]);
    const admins = await list(h, { role: 'administrator', status: 'active' });
    expect(emails(admins)).toEqual([acme.admin.email]);
    expect(admins.json.meta).toEqual({ total: 1, page: 1, limit: 20, pages: 1 });
    const none = await list(h, { role: 'owner', status: 'pending' });
    expect(none.text).toBe('{"data":[],"meta":{"total":0,"page":1,"limit":20,"pages":0}}');
  });

  it('ignores unknown query parameters', async () => {
    const answer = await list(h, { sort: '-name', q: 'x', per_page: '2' });
    expect(answer.json.meta).toEqual({ total: 7, page: 1, limit: 20, pages: 1 });
  });

  it.each([
    [{ page: '0' }, { page: ['must be an integer from 1 to 2147483647'] }],
    [{ page: 'abc' }, { page: ['must be an integer from 1 to 2147483647'] }],
    [{ limit: '101' }, { limit: ['must be an integer from 1 to 100'] }],
    [{ limit: '0' }, { limit: ['must be an integer from 1 to 100'] }],
    [{ limit: '2.5' }, { limit: ['must be an integer from 1 to 100'] }],
    [{ status: 'deleted' }, { status: ['must be one of: active, inactive, pending'] }],
    [{ role: 'admin' }, { role: ['must be one of: owner, administrator, organizationAdministrator, publisher, user'] }],
  ])('refuses %j with 400', async (query, errors) => {
    const answer = await list(h, query);
    expect(answer.status).toBe(400);
    expect(answer.text).toBe(invalidBody(errors));
  });

  it('lets a read-only key read, and refuses a key without user:read', async () => {
    expect((await list(h, {}, keys.readOnly)).json.meta.total).toBe(7);
    const refused = await list(h, {}, keys.publisher);
    expect(refused.status).toBe(403);
    expect(refused.text).toBe('{"success":false,"message":"Insufficient permissions"}');
  });

  it("shows an organization-bound key only its organization's subtree", async () => {
    expect(emails(await list(h, {}, keys.sales))).toEqual([acme.salesAdmin.email, acme.eastUser.email]);
  });

  it('shows each tenant only its own users', async () => {
    const answer = await list(h, {}, keys.globex);
    expect(emails(answer)).toEqual([fixture.globex.users.boss.email]);
  });

  it("walks by after cursor within an organization-bound key's subtree, and refuses a repeated after", async () => {
    const first = await list(h, { after: '', limit: '1' }, keys.sales);
    expect([emails(first), first.json.meta]).toEqual([[acme.salesAdmin.email], { total: 2, limit: 1, next: expect.any(String) }]);
    const second = await list(h, { after: first.json.meta.next, limit: '1' }, keys.sales);
    expect([emails(second), second.json.meta.next]).toEqual([[acme.eastUser.email], null]);
    const repeated = await list(h, { after: ['', ''] });
    expect([repeated.status, repeated.text]).toEqual([400, invalidBody({ after: ['must be a string'] })]);
    const badWithInvalidLimit = await list(h, { after: 'x', limit: '0' });
    expect(badWithInvalidLimit.text).toBe(
      invalidBody({ limit: ['must be an integer from 1 to 100'], after: ['must be a cursor from meta.next'] }),
    );
  });
});
