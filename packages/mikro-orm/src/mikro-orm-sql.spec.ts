import { UniqueConstraintViolationException, type MikroORM } from '@mikro-orm/core';
import { RosterError, type User } from '@roster/core';
import { makeUser } from '@roster/testing';
import { createMikroOrmStores, type MikroOrmStores } from './create-mikro-orm-stores';
import { RosterUserSchema } from './entities';
import { translateDriverError } from './errors/translate-driver-error';
import { toUserRow } from './mappers';
import { openRosterOrm } from './orm/open-roster-orm';
import { userUniqueViolation } from './stores/user-uniqueness';
import { DIALECT_TARGETS } from './test-support/dialect-targets';
import { emptyTables, seedTenantA, TENANT_A } from './test-support/seed';
import type { TestDatabase } from './test-support/test-databases';

jest.setTimeout(60_000);

/** What the database itself says when `user` is inserted past the store's pre-check. */
async function databaseVerdict(stores: MikroOrmStores, user: User): Promise<RosterError | null> {
  const em = stores.orm?.em.fork();
  try {
    await em?.insert(RosterUserSchema, toUserRow(user));
    return null;
  } catch (error) {
    return translateDriverError(error, userUniqueViolation(user));
  }
}

describe.each(DIALECT_TARGETS)('MikroORM store on $name: SQL-specific behaviour', (target) => {
  let database: TestDatabase;
  let stores: MikroOrmStores;
  let raw: MikroORM;
  const rows = async (sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> =>
    (await raw.em.getConnection().execute(sql, params, 'all')) as Record<string, unknown>[];

  /**
   * Waits until the racing insert is running on the server (it then waits there on the unique
   * index entry that the first, uncommitted insert holds).
   */
  const insertReachedTheServer = async (): Promise<void> => {
    const probe = {
      sqlite: null,
      postgresql:
        "select count(*) as n from pg_stat_activity where datname = current_database() and state = 'active' " +
        'and query like \'insert into "roster_users"%\'',
      mysql:
        "select count(*) as n from information_schema.processlist where db = database() and command = 'Query' " +
        "and info like 'insert into `roster_users`%'",
    }[target.dialect];
    for (let tries = 0; probe && tries < 400; tries += 1) {
      if (Number((await rows(probe))[0]?.n) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    if (probe) throw new Error('the racing insert never reached the server');
  };

  beforeAll(async () => {
    database = await target.create();
    stores = await createMikroOrmStores({ url: database.url });
    raw = await openRosterOrm({ url: database.url });
  });

  afterAll(async () => {
    await stores?.close();
    await raw?.close();
    await database?.drop();
  });

  beforeEach(async () => {
    await emptyTables(raw);
    await seedTenantA(stores);
  });

  it("translates the database's own unique violations, past the pre-check", async () => {
    await stores.users.insert(makeUser({ id: 1, email: 'ann@example.com', login: 'Ann', publicId: 'usr_ann' }));

    expect((await databaseVerdict(stores, makeUser({ id: 2, email: 'ANN@example.com' })))?.code).toBe('EMAIL_TAKEN');
    expect((await databaseVerdict(stores, makeUser({ id: 2, email: null, login: 'aNN' })))?.code).toBe('LOGIN_TAKEN');
    const publicId = await databaseVerdict(stores, makeUser({ id: 2, publicId: 'usr_ann' }));
    expect(publicId).toMatchObject({ code: 'STORE_INTEGRITY', message: expect.stringContaining('public id') });
    const id = await databaseVerdict(stores, makeUser({ id: 1, email: 'other@example.com' }));
    expect(id).toMatchObject({ code: 'STORE_INTEGRITY', message: expect.stringContaining('user id') });
    expect(await rows('select id from roster_users')).toHaveLength(1);
  });

  it('answers EMAIL_TAKEN to an insert racing an uncommitted one', async () => {
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inserted = (): void => undefined;
    const firstInserted = new Promise<void>((resolve) => (inserted = resolve));
    const first = stores.unitOfWork.run(async (tx) => {
      await tx.users.insert(makeUser({ id: 1, email: 'race@example.com' }));
      inserted();
      await gate;
    });
    await firstInserted;
    const second = stores.users.insert(makeUser({ id: 2, email: 'RACE@example.com' }));
    try {
      await insertReachedTheServer();
    } finally {
      release();
    }

    await first;
    const error = await second.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toMatchObject({ code: 'EMAIL_TAKEN' });
    // On the servers the pre-check cannot see the uncommitted row: the unique index decides.
    // SQLite has one connection, so the second insert only starts after the first committed.
    if (target.dialect !== 'sqlite') expect((error as RosterError).cause).toBeInstanceOf(UniqueConstraintViolationException);
    expect(await rows('select id from roster_users')).toEqual([{ id: 1 }]);
  });

  it('keeps lower-cased keys next to the e-mail and login as given', async () => {
    await stores.users.insert(makeUser({ id: 1, email: 'Mixed@Example.com', login: 'J.Doe' }));
    const [row] = await rows('select email, email_key, login, login_key from roster_users');
    expect(row).toEqual({ email: 'Mixed@Example.com', email_key: 'mixed@example.com', login: 'J.Doe', login_key: 'j.doe' });
    expect((await stores.users.findByEmail(TENANT_A, 'MIXED@example.COM'))?.id).toBe(1);
  });

  it('keeps an external id as the exact JavaScript number it was given (fractions, negatives, 2^53 - 1)', async () => {
    const values = [12.5, -7, 0.1, Number.MAX_SAFE_INTEGER, -1e-9, null];
    for (const [index, externalId] of values.entries()) {
      await stores.users.insert(makeUser({ id: index + 1, email: `ext${index}@example.com`, externalId }));
    }
    for (const [index, externalId] of values.entries()) {
      expect((await stores.users.findById(TENANT_A, index + 1))?.externalId).toBe(externalId);
    }
  });

  it('writes memberships to the join table with the user, in its transaction', async () => {
    const memberships = async () =>
      (await rows('select user_id, group_id from roster_user_groups order by user_id, group_id')).map((r) => [
        Number(r.user_id),
        Number(r.group_id),
      ]);
    const ann = makeUser({ id: 1, groupIds: [2, 1, 2] });
    await stores.users.insert(ann);
    expect(await memberships()).toEqual([
      [1, 1],
      [1, 2],
    ]);
    expect((await stores.users.findById(TENANT_A, 1))?.groupIds).toEqual([1, 2]);

    await stores.users.update({ ...ann, groupIds: [2], version: 2 }, 1);
    expect(await memberships()).toEqual([[1, 2]]);

    const undone = stores.unitOfWork.run(async (tx) => {
      await tx.users.insert(makeUser({ id: 2, groupIds: [1] }));
      await tx.users.update({ ...ann, groupIds: [1], version: 3 }, 2);
      throw new Error('undo');
    });
    await expect(undone).rejects.toThrow('undo');
    expect(await memberships()).toEqual([[1, 2]]);

    expect(await stores.users.delete(TENANT_A, 1)).toBe(true);
    expect(await memberships()).toEqual([]);
  });

  it('takes a seat and the next id in one statement (the row lock held from there to the commit)', async () => {
    const connection = stores.orm!.em.getConnection();
    const execute = jest.spyOn(connection, 'execute');
    try {
      const before = await stores.tenants.countUsers(TENANT_A);
      execute.mockClear();
      const [first, second] = await stores.unitOfWork.run(async (tx) => [
        await tx.tenants.allocateUser(TENANT_A, null),
        await tx.tenants.allocateUser(TENANT_A, before + 1000),
      ]);
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- mock call arguments are whatever the ORM passed
      const statements = execute.mock.calls.map((call) => String(call[0]));
      expect(statements.filter((sql) => sql.includes('roster_tenant_counters'))).toHaveLength(2);
      expect(second).toBe(first! + 1);
      expect(await stores.tenants.countUsers(TENANT_A)).toBe(before + 2);
      execute.mockClear();
      expect(await stores.tenants.allocateUser(TENANT_A, before + 2)).toBeNull();
      expect(await stores.tenants.countUsers(TENANT_A)).toBe(before + 2);
    } finally {
      execute.mockRestore();
    }
  });

  it('throws TENANT_NOT_FOUND when allocating in a tenant never saved', async () => {
    await expect(stores.tenants.allocateUser('tenant-none', null)).rejects.toMatchObject({ code: 'TENANT_NOT_FOUND' });
  });

  it('reads the seat limit atomically: 50 transactions, limit 10, a failed insert gives its seat back', async () => {
    const attempts = Array.from({ length: 50 }, (_, i) =>
      stores.unitOfWork.run(async (tx) => {
        const id = await tx.tenants.allocateUser(TENANT_A, 10);
        if (id === null) throw new RosterError('SEAT_LIMIT_REACHED');
        await tx.users.insert(makeUser({ id, email: i % 5 === 0 ? 'same@example.com' : `u${i}@example.com` }));
        return id;
      }),
    );
    const results = await Promise.allSettled(attempts);
    const ids = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const codes = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as RosterError).code] : []));

    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(codes.every((code) => code === 'SEAT_LIMIT_REACHED' || code === 'EMAIL_TAKEN')).toBe(true);
    expect(await rows('select user_count from roster_tenant_counters')).toEqual([{ user_count: 10 }]);
    expect(Number((await rows('select count(*) as n from roster_users'))[0]?.n)).toBe(10);
  });

  it('answers STORE_UNAVAILABLE once its connections are closed', async () => {
    const closed = await createMikroOrmStores({ url: database.url, migrate: false });
    await closed.close();
    await expect(closed.users.findById(TENANT_A, 1)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await expect(closed.unitOfWork.run(async (tx) => tx.tenants.countUsers(TENANT_A))).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
    });
  });
});
