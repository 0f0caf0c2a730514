import fc from 'fast-check';
import { keys, setupObjective, type ObjectiveHarness } from './objective.fixture';

const FIELDS = ['email', 'first_name', 'last_name', 'external_id', 'source', 'password', 'phone_number', 'live_scanner', 'role'];

const value = fc.oneof(
  fc.string(),
  fc.emailAddress(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('0', '1', ' 1e3 ', '12.5', 'user@localhost', '😀'.repeat(256)),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);
const body = fc.oneof(
  fc.dictionary(fc.constantFrom(...FIELDS), value),
  fc.json(),
  fc.string(),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
);
const key = fc.constantFrom<string | null>(null, keys.admin, keys.owner, keys.sales, keys.readOnly, keys.publisher, 'rk_bogus');
const route = fc.tuple(fc.constantFrom('POST', 'PUT', 'GET', 'DELETE', 'PATCH', 'HEAD'), fc.constantFrom('', '/1', '/5', '/abc', '/999'));

describe('objective under random input', () => {
  let h: ObjectiveHarness;
  beforeAll(async () => {
    h = await setupObjective();
  });

  it('never answers 500, never shows a hash, always answers JSON', async () => {
    await fc.assert(
      fc.asyncProperty(route, key, body, async ([method, suffix], sentKey, sent) => {
        const answer = await h.send(method, `/api/users${suffix}`, { key: sentKey, body: sent });
        expect([200, 201, 403, 404, 422]).toContain(answer.status);
        expect(answer.text).not.toContain('plain:');
        expect(answer.json).toBeInstanceOf(Object);
      }),
      { numRuns: 300 },
    );
  });
});
