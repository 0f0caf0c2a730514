import { createRoster } from '@roster/core';
import { createMikroOrmStores } from '@roster/mikro-orm';
import { BENCH_TENANT, benchBootstrapFile } from '../servers/bench-fixture';
import { FastPasswordHasher } from '../servers/fast-password-hasher';
import { quietLogger } from '../servers/quiet-logger';
import { dropDatabase, recreateDatabase, withDatabase } from './postgres-admin';
import { seedRosterUsersSql } from './roster-sql-seeder';
import { seedUser } from './store-seeder';
import { testDatabaseName } from '../../../packages/mikro-orm/src/test-support/test-database-names';

/** A database of this run's own: two runs on one server must never drop each other's. */
const DATABASE = testDatabaseName('roster_test_');

/**
 * The SQL seed against the schema @roster/mikro-orm's migrations make today: every row it
 * writes must read back through the store exactly as the memory seed builds it, and the
 * tenant's counter must move on so the next create gets a fresh id.
 */
describe('seedRosterUsersSql (PostgreSQL)', () => {
  jest.setTimeout(60_000);

  afterAll(() => dropDatabase(DATABASE));

  it('writes the seed model into Roster tables, readable by the store, ids continuing the counter', async () => {
    const url = await recreateDatabase(DATABASE);
    const stores = await createMikroOrmStores({ url, migrate: true });
    try {
      const roster = createRoster({ stores, passwordHasher: new FastPasswordHasher(), logger: quietLogger });
      await roster.bootstrap.load(benchBootstrapFile());
      const tenant = (await roster.tenants.findByName(BENCH_TENANT.name))!;
      await withDatabase(DATABASE, (client) =>
        seedRosterUsersSql(client, {
          tenantId: tenant.id,
          count: 25,
          defaultPermissions: tenant.defaultPermissions,
          organizationId: tenant.rootOrganizationId,
          batch: 10,
        }),
      );
      for (const n of [1, 7, 10, 25]) {
        const stored = await stores.users.findById(tenant.id, n + 1);
        expect(stored).toEqual(seedUser(tenant, n, n + 1));
      }
      expect(await stores.tenants.countUsers(tenant.id)).toBe(26);
      await expect(stores.unitOfWork.run((tx) => tx.tenants.allocateUser(tenant.id, null))).resolves.toBe(27);
      const publishers = await stores.users.list({ tenantId: tenant.id, role: 'publisher', status: 'active', offset: 0, limit: 100 });
      // Publishers are multiples of 5; of those, 5 (n % 7 = 5) is pending and 10 (n % 7 = 3) inactive.
      expect(publishers.items.map((user) => user.id - 1)).toEqual([15, 20, 25]);
    } finally {
      await stores.close();
    }
  });
});
