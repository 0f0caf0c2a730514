import { createMikroOrmStores } from '@roster/mikro-orm';
import { makeUser } from '../../testing/src/fixtures';
import { freshSqliteUrl, run } from './test-support/cli-runs';

// Opens a SQLite database three times (migrations the first): seconds on a busy machine.
jest.setTimeout(60_000);

const DAY_MS = 86_400_000;

describe('roster user purge', () => {
  it('removes the soft-deleted users past retention, tenant by tenant, and keeps the others', async () => {
    const env = { DATABASE_URL: freshSqliteUrl() };
    const created = await run(['tenant', 'create', 'acme', '--json'], env);
    expect(created.code).toBe(0);
    const tenantId = (JSON.parse(created.lines[0] ?? '{}') as { id: string }).id;
    const stores = await createMikroOrmStores({ url: env.DATABASE_URL });
    try {
      await stores.unitOfWork.run(async (tx) => {
        const now = Date.now();
        await tx.deletedUsers.insert({ user: makeUser({ tenantId, id: 1, publicId: 'usr_old' }), deletedAt: new Date(now - 31 * DAY_MS) });
        await tx.deletedUsers.insert({ user: makeUser({ tenantId, id: 2, publicId: 'usr_new' }), deletedAt: new Date(now - DAY_MS) });
      });
      const purged = await run(['user', 'purge', '--json'], env);
      expect([purged.code, purged.lines]).toEqual([0, ['{"purged":1}']]);
      const again = await run(['user', 'purge', '--tenant', 'acme', '--batch-size', '10'], env);
      expect([again.code, again.lines]).toEqual([0, ['purged 0 soft-deleted users']]);
      const left = await stores.unitOfWork.run((tx) => tx.deletedUsers.list({ tenantId, limit: 10 }));
      expect(left.items.map((entry) => entry.user.publicId)).toEqual(['usr_new']);
      expect((await run(['user', 'purge', '--batch-size', '0'], env)).code).toBe(2);
    } finally {
      await stores.close();
    }
  });
});
