import fc from 'fast-check';
import { keys, setupRestV1, type Harness } from './rest-v1.fixture';

const FIELDS = ['email', 'name', 'role', 'password', 'status', 'settings', 'theme', 'notifications', '__proto__', 'constructor'];
const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('light', 'dark', 'owner', 'user', 'active', 'pending', 'a@example.com', 'x'.repeat(300)),
  fc.dictionary(fc.constantFrom('theme', 'notifications', 'x', '__proto__'), fc.oneof(fc.string(), fc.boolean())),
  fc.array(fc.string(), { maxLength: 2 }),
);
const body = fc.oneof(
  fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 }).map((object) => Buffer.from(JSON.stringify(object))),
  fc.json().map((text) => Buffer.from(text)),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
);
const query = fc.dictionary(
  fc.constantFrom('page', 'limit', 'status', 'role', 'other'),
  fc.oneof(fc.string(), fc.constantFrom('1', '0', '100', '101', '-1', 'active'), fc.array(fc.string(), { maxLength: 2 })),
);

/** Whatever arrives, rest-v1 answers in its own words: never a 500, never a stack, never a hash. */
describe('rest-v1 under random input (in-process)', () => {
  let h: Harness;
  let target: string;
  beforeAll(async () => {
    h = await setupRestV1();
    target = (await h.send('GET', '/api/v1/users', { key: keys.owner })).json.data[3].id;
  });

  const check = (answer: { status: number; text: string; headers: Readonly<Record<string, string>> }) => {
    expect(answer.status).toBeLessThan(500);
    expect(answer.headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect(answer.text).not.toMatch(/plain:|passwordHash|stack|RosterError/);
    const parsed = JSON.parse(answer.text);
    if (answer.status >= 400) expect(parsed.success).toBe(false);
  };

  it('POST and PUT bodies', async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('POST', 'PUT'), fc.constantFrom(keys.admin, keys.sales, keys.readOnly), async (raw, method, key) => {
        const path = method === 'POST' ? '/api/v1/users' : `/api/v1/users/${target}`;
        check(await h.send(method, path, { key, raw }));
      }),
      { numRuns: 300 },
    );
  });

  it('list queries and Authorization headers', async () => {
    await fc.assert(
      fc.asyncProperty(query, fc.option(fc.string()), async (sent, authorization) => {
        const headers: Record<string, string> = authorization === null ? {} : { authorization: `Bearer ${authorization}` };
        check(await h.send('GET', '/api/v1/users', { key: null, query: sent, headers }));
        check(await h.send('GET', '/api/v1/users', { query: sent }));
      }),
      { numRuns: 200 },
    );
  });
});
