import { hashApiKeySecret } from '../defaults/api-key-secret';
import { setupRoster, codeOf, type TestRoster } from '../services/roster-test.fixture';
import { authenticateBearer } from './bearer-auth';
import type { RosterRequest } from './http.types';

const SECRET = 'rk_test_bearer_0123456789abcdef';

function request(headers: Record<string, string>): RosterRequest {
  return { method: 'GET', path: '/', query: {}, headers, body: Buffer.alloc(0) };
}

describe('authenticateBearer', () => {
  let t: TestRoster;
  beforeEach(async () => {
    t = await setupRoster();
    await t.stores.apiKeys.save({
      id: 'k1',
      tenantId: 't1',
      name: 'test',
      prefix: 'rk_test_…',
      secretHash: hashApiKeySecret(SECRET),
      role: 'administrator',
      permissions: [],
      organizationId: null,
      createdAt: t.clock.now(),
      lastUsedAt: null,
      expiresAt: null,
    });
  });

  it('gives the actor of the key named by `Authorization: Bearer`', async () => {
    const actor = await authenticateBearer(t.roster, request({ authorization: `Bearer ${SECRET}` }));
    expect(actor).toMatchObject({ tenantId: 't1', kind: 'apiKey', id: 'k1', role: 'administrator' });
  });

  it('refuses a missing or malformed header like an unknown key', async () => {
    const malformed: Record<string, string>[] = [
      {},
      { authorization: SECRET },
      { authorization: `Basic ${SECRET}` },
      { authorization: 'Bearer nope' },
    ];
    for (const headers of malformed) {
      expect(await codeOf(authenticateBearer(t.roster, request(headers)))).toBe('UNAUTHENTICATED');
    }
  });
});
