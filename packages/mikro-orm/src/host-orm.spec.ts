import { EntityCaseNamingStrategy, EntitySchema, type MikroORM } from '@mikro-orm/core';
import { MikroORM as SqliteOrm } from '@mikro-orm/better-sqlite';
import { MikroORM as PostgresOrm } from '@mikro-orm/postgresql';
import { RosterError } from '@roster/core';
import { makeUser } from '@roster/testing';
import { createMikroOrmStores } from './create-mikro-orm-stores';
import { rosterEntities } from './entities';
import { migrateRoster } from './migrate/migrate-roster';
import { seedTenantA, TENANT_A } from './test-support/seed';
import { createTestDatabase, type TestDatabase } from './test-support/test-databases';

jest.setTimeout(60_000);

/** A table of the host's own, living next to Roster's. */
interface Course {
  id: number;
  title: string;
}
const CourseSchema = new EntitySchema<Course>({
  name: 'Course',
  tableName: 'courses',
  properties: { id: { type: 'integer', primary: true }, title: { type: 'string' } },
});

type HostOrm = MikroORM;

const hosts: { name: string; open: (entities: EntitySchema[]) => Promise<{ orm: HostOrm; drop(): Promise<void> }> }[] = [
  {
    name: 'SQLite, entity-case naming',
    open: async (entities) => ({
      orm: await SqliteOrm.init({ dbName: ':memory:', entities, namingStrategy: EntityCaseNamingStrategy }),
      drop: async () => undefined,
    }),
  },
  {
    name: 'PostgreSQL',
    open: async (entities) => {
      const database: TestDatabase = await createTestDatabase('postgresql');
      const orm = await PostgresOrm.init({ clientUrl: database.url, entities });
      return { orm, drop: () => database.drop() };
    },
  },
];

describe.each(hosts)("joining the host's MikroORM ($name)", (host) => {
  let orm: HostOrm;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    ({ orm, drop } = await host.open([CourseSchema, ...rosterEntities]));
  });

  afterEach(async () => {
    await orm.close();
    await drop();
  });

  it("works beside the host's tables, and leaves the host's ORM open on close", async () => {
    await orm.schema.createSchema();
    const stores = await createMikroOrmStores({ orm, migrate: true });
    await seedTenantA(stores);
    await stores.users.insert(makeUser({ id: 1, email: 'host@example.com' }));
    await orm.em.fork().insert(CourseSchema, { id: 1, title: 'Intro' });

    expect((await stores.users.findByEmail(TENANT_A, 'host@example.com'))?.id).toBe(1);
    await stores.close();
    expect(await orm.em.fork().count(CourseSchema)).toBe(1);
    expect(await orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
  });

  it('forks the EntityManager it is given and never uses the global one', async () => {
    await migrateRoster(orm);
    await orm.schema.updateSchema();
    // The global EntityManager refuses context-specific work (allowGlobalContext is off).
    await expect(orm.em.find(CourseSchema, {})).rejects.toThrow(/global EntityManager/);

    const stores = await createMikroOrmStores({ em: orm.em });
    await seedTenantA(stores);
    const id = await stores.unitOfWork.run(async (tx) => {
      const allocated = await tx.tenants.allocateUser(TENANT_A, null);
      await tx.users.insert(makeUser({ id: allocated ?? 0 }));
      return allocated;
    });
    expect(await stores.users.findById(TENANT_A, id ?? 0)).not.toBeNull();
    expect(stores.orm).toBeUndefined();
  });
});

describe("a host's MikroORM without rosterEntities", () => {
  it('is refused with a RosterError saying what to add', async () => {
    const orm = await SqliteOrm.init({ dbName: ':memory:', entities: [CourseSchema] });
    try {
      const refused = createMikroOrmStores({ em: orm.em });
      await expect(refused).rejects.toBeInstanceOf(RosterError);
      await expect(refused).rejects.toThrow(/rosterEntities/);
    } finally {
      await orm.close();
    }
  });
});
