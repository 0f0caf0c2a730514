import { createRoster } from '../../roster';
import type { RosterStores } from '../../roster.types';
import type { TransactionalStores, WebhookEndpoint } from '../../ports';
import { SilentLogger } from '../../defaults';
import { IMPORT_BATCH_ROWS } from './import-service.types';
import { actorOf, codeOf, setupRoster, type TestRoster } from '../roster-test.fixture';

jest.setTimeout(20_000);

const CSV = [
  'email,firstName,lastName,role,organizationId',
  'ann@acme.example.com,Ann,One,user,2',
  'not-an-email,Bob,Two,user,',
  'cy@acme.example.com,Cy,Three,user,99',
  'ann@acme.example.com,Ann,Again,user,',
  '"unclosed,x',
].join('\n');

const ndjson = (count: number): string =>
  Array.from({ length: count }, (_, i) => JSON.stringify({ email: `user${i + 1}@acme.example.com`, firstName: `U${i + 1}` })).join('\n');

describe('ImportService', () => {
  let t: TestRoster;
  const admin = actorOf('administrator');

  beforeEach(async () => {
    t = await setupRoster();
  });

  it('creates the valid rows and reports each other row by its line, field and code', async () => {
    await t.seedUser({ role: 'user', organizationId: 1, email: 'taken@acme.example.com' });
    const body = `${CSV.replace('"unclosed,x', 'taken@acme.example.com,Tak,En,user,')}\n`;
    const job = await t.roster.imports.run(admin, { format: 'csv', body });
    expect(job).toMatchObject({ status: 'done', rows: 5, created: 1, failed: 4, mark: 6, validateOnly: false });
    expect(job.errors).toEqual([
      { line: 3, field: 'email', code: 'VALIDATION_FAILED', message: expect.any(String) },
      { line: 4, field: 'organizationId', code: 'ORGANIZATION_NOT_FOUND', message: 'no such organization in this tenant' },
      { line: 5, field: 'email', code: 'EMAIL_TAKEN', message: 'the e-mail is taken' },
      { line: 6, field: 'email', code: 'EMAIL_TAKEN', message: 'the e-mail is taken' },
    ]);
    const ann = await t.stores.users.findByEmail('t1', 'ann@acme.example.com');
    expect(ann).toMatchObject({ firstName: 'Ann', organizationId: 2, source: 'import', passwordHash: null });
    const events = await t.stores.auditEvents.list({ tenantId: 't1', limit: 10 });
    expect(events.map((event) => event.type)).toEqual(['user.created']);
    expect(await t.roster.imports.get(admin, job.id)).toEqual(job);
  });

  it('validate-only checks every row, seats included, and creates nobody', async () => {
    t = await setupRoster({ seatLimit: 2 });
    await t.seedUser({ role: 'user', organizationId: 1 });
    const checked = await t.roster.imports.run(admin, {
      format: 'ndjson',
      body: `${ndjson(3)}\n{"email": 1}\nnot json`,
      validateOnly: true,
    });
    expect(checked).toMatchObject({ status: 'done', validateOnly: true, rows: 5, created: 0, failed: 4 });
    expect(checked.errors.map(({ line, code }) => [line, code])).toEqual([
      [2, 'SEAT_LIMIT_REACHED'],
      [3, 'SEAT_LIMIT_REACHED'],
      [4, 'VALIDATION_FAILED'],
      [5, 'UNREADABLE'],
    ]);
    expect(await t.stores.tenants.countUsers('t1')).toBe(1);
  });

  it('a validate-only job creates nobody even when every row is valid', async () => {
    const job = await t.roster.imports.run(admin, { format: 'ndjson', body: ndjson(3), validateOnly: true });
    expect(job).toMatchObject({ status: 'done', rows: 3, created: 0, failed: 0, errors: [] });
    expect(await t.stores.tenants.countUsers('t1')).toBe(0);
  });

  it('resumes a job that crashed between batches from its mark, creating nobody twice', async () => {
    const crashing = crashOnSecondBatch(t.stores);
    const doomed = createRoster({
      stores: crashing,
      passwordHasher: t.hasher,
      clock: t.clock,
      idGenerator: t.ids,
      logger: new SilentLogger(),
    });
    await expect(doomed.imports.run(admin, { format: 'ndjson', body: ndjson(1200) })).rejects.toThrow('crash');
    const [stopped] = await t.stores.importJobs.listUnfinished();
    expect(stopped).toMatchObject({ status: 'running', rows: 1200, created: IMPORT_BATCH_ROWS, mark: IMPORT_BATCH_ROWS });
    expect(await t.stores.tenants.countUsers('t1')).toBe(IMPORT_BATCH_ROWS);

    const resumed = await t.roster.resumeImports();
    expect(resumed.map((job) => job.id)).toEqual([stopped!.id]);
    await t.roster.imports.settled();
    expect(await t.roster.imports.get(admin, stopped!.id)).toMatchObject({ status: 'done', created: 1200, failed: 0, mark: 1200 });
    expect(await t.stores.tenants.countUsers('t1')).toBe(1200);
    const page = await t.stores.users.list({ tenantId: 't1', offset: 0, limit: 2000 });
    expect(new Set(page.items.map((user) => user.email)).size).toBe(1200);
    expect(await t.roster.resumeImports()).toEqual([]);
  });

  it('commits each batch with one seat allocation, one multi-row insert and one append of its events', async () => {
    const calls = countingStoreCalls(t.stores);
    const rows = IMPORT_BATCH_ROWS * 2 + 5;
    const doing = createRoster({
      stores: calls.stores,
      passwordHasher: t.hasher,
      clock: t.clock,
      idGenerator: t.ids,
      logger: new SilentLogger(),
    });
    const progress: number[] = [];
    const job = await doing.imports.run(admin, { format: 'ndjson', body: ndjson(rows) }, (current) => progress.push(current.mark));
    expect(job).toMatchObject({ status: 'done', rows, created: rows, failed: 0, mark: rows });
    expect(progress).toEqual([IMPORT_BATCH_ROWS, IMPORT_BATCH_ROWS * 2, rows, rows]);
    expect(calls.counts).toEqual({ allocateUser: 0, allocateUsers: 3, insert: 0, insertMany: 3, append: 0, appendMany: 3 });
    expect(await t.stores.tenants.countUsers('t1')).toBe(rows);
    const events = await t.stores.auditEvents.list({ tenantId: 't1', limit: rows + 1 });
    expect(events).toHaveLength(rows);
    expect(new Set(events.map((event) => event.target?.id)).size).toBe(rows);
  });

  it("writes a webhook outbox entry per created user for the tenant's endpoint that takes user.created, none for another type", async () => {
    const endpoint = (id: string, eventTypes: WebhookEndpoint['eventTypes']): WebhookEndpoint => ({
      id,
      tenantId: 't1',
      url: 'https://hooks.example.com/roster',
      eventTypes,
      description: null,
      enabled: true,
      disabledReason: null,
      secret: 'whsec_c2VjcmV0',
      previousSecret: null,
      previousSecretExpiresAt: null,
      createdAt: t.clock.now(),
      updatedAt: t.clock.now(),
    });
    await t.stores.webhooks.create(endpoint('whep_created', ['user.created']));
    await t.stores.webhooks.create(endpoint('whep_deleted', ['user.deleted']));
    const job = await t.roster.imports.run(admin, { format: 'ndjson', body: ndjson(3) });
    expect(job).toMatchObject({ status: 'done', created: 3 });
    const entries = await t.stores.webhooks.pendingEntries('whep_created', 10);
    expect(entries.map((entry) => entry.eventType)).toEqual(['user.created', 'user.created', 'user.created']);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(3);
    expect(await t.stores.webhooks.pendingEntries('whep_deleted', 10)).toEqual([]);
  });

  it('gives the seats a batch has left to its first rows and SEAT_LIMIT_REACHED to the others', async () => {
    t = await setupRoster({ seatLimit: 3 });
    await t.seedUser({ role: 'user', organizationId: 1 });
    const job = await t.roster.imports.run(admin, { format: 'ndjson', body: ndjson(4) });
    expect(job).toMatchObject({ status: 'done', rows: 4, created: 2, failed: 2 });
    expect(job.errors).toEqual([
      { line: 3, field: null, code: 'SEAT_LIMIT_REACHED', message: "the tenant's seat limit is reached" },
      { line: 4, field: null, code: 'SEAT_LIMIT_REACHED', message: "the tenant's seat limit is reached" },
    ]);
    expect(await t.stores.tenants.countUsers('t1')).toBe(3);
    expect(await t.stores.users.findByEmail('t1', 'user2@acme.example.com')).not.toBeNull();
    expect(await t.stores.users.findByEmail('t1', 'user3@acme.example.com')).toBeNull();
  });

  it('runs a batch row by row when a value it holds was taken since its check: only that row fails', async () => {
    // Another writer creates user3 after the batch's check, before its insert.
    let raced = false;
    const racing = afterFirstCheck(t.stores, async () => {
      if (raced) return;
      raced = true;
      await t.seedUser({ role: 'user', organizationId: 1, email: 'user3@acme.example.com', login: 'racer' });
    });
    const doing = createRoster({
      stores: racing,
      passwordHasher: t.hasher,
      clock: t.clock,
      idGenerator: t.ids,
      logger: new SilentLogger(),
    });
    const job = await doing.imports.run(admin, { format: 'ndjson', body: ndjson(5) });
    expect(job).toMatchObject({ status: 'done', rows: 5, created: 4, failed: 1, mark: 5 });
    expect(job.errors).toEqual([{ line: 3, field: 'email', code: 'EMAIL_TAKEN', message: 'the e-mail is taken' }]);
    expect(await t.stores.tenants.countUsers('t1')).toBe(5);
    const events = await t.stores.auditEvents.list({ tenantId: 't1', limit: 10 });
    expect(events).toHaveLength(4);
  });

  it('reports a unique profile value two rows of one batch hold on the second row, creating the others', async () => {
    const badge = { name: 'badge', label: 'Badge', type: 'string' as const, required: false, unique: true, values: [] };
    t = await setupRoster({ profileFields: [badge] });
    const body = ['B-1', 'B-2', 'b-1', 'B-3']
      .map((value, i) => JSON.stringify({ email: `p${i + 1}@acme.example.com`, profile: { badge: value } }))
      .join('\n');
    const job = await t.roster.imports.run(admin, { format: 'ndjson', body });
    expect(job).toMatchObject({ status: 'done', rows: 4, created: 3, failed: 1 });
    expect(job.errors).toEqual([{ line: 3, field: 'profile.badge', code: 'PROFILE_VALUE_TAKEN', message: 'the profile value is taken' }]);
    expect(await t.stores.users.findByEmail('t1', 'p4@acme.example.com')).not.toBeNull();
  });

  it('answers the job in the background and lets it be read while it runs', async () => {
    const started = await t.roster.imports.start(admin, { format: 'ndjson', body: ndjson(3) });
    expect(started).toMatchObject({ status: 'running', rows: 3, created: 0, mark: 0 });
    await t.roster.imports.settled();
    expect(await t.roster.imports.get(admin, started.id)).toMatchObject({ status: 'done', created: 3 });
  });

  it('is for user managers of the job’s own tenant', async () => {
    const job = await t.roster.imports.run(admin, { format: 'ndjson', body: ndjson(1) });
    expect(await codeOf(t.roster.imports.get(actorOf('administrator', 1, 't2'), job.id))).toBe('IMPORT_NOT_FOUND');
    expect(await codeOf(t.roster.imports.get(admin, 'imp_none'))).toBe('IMPORT_NOT_FOUND');
    expect(await codeOf(t.roster.imports.start(actorOf('user'), { format: 'csv', body: '' }))).toBe('PERMISSION_DENIED');
  });
});

/** The stores, with the unit of work of the second batch failing as a crash would (nothing of it kept). */
function crashOnSecondBatch(stores: RosterStores): RosterStores {
  let advances = 0;
  const inTransaction = (tx: TransactionalStores): TransactionalStores => ({
    ...tx,
    importJobs: {
      ...tx.importJobs,
      create: (job, body) => tx.importJobs.create(job, body),
      get: (tenantId, id) => tx.importJobs.get(tenantId, id),
      body: (id) => tx.importJobs.body(id),
      listUnfinished: () => tx.importJobs.listUnfinished(),
      advance: async (id, expectedMark, patch) => {
        advances += 1;
        if (advances === 2) throw new Error('crash');
        return tx.importJobs.advance(id, expectedMark, patch);
      },
    },
  });
  return { ...stores, unitOfWork: { run: (work) => stores.unitOfWork.run((tx) => work(inTransaction(tx))) } };
}

/** A view of `target` whose `name` method is `replacement` (the others as they are: class methods are not own properties). */
function overriding<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof T];
      const value: unknown = Reflect.get(object, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}

/** The stores, counting the seat, insert and event calls made in units of work. */
function countingStoreCalls(stores: RosterStores) {
  const counts = { allocateUser: 0, allocateUsers: 0, insert: 0, insertMany: 0, append: 0, appendMany: 0 };
  const counted =
    <A extends unknown[], R>(name: keyof typeof counts, call: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      counts[name] += 1;
      return call(...args);
    };
  const inTransaction = (tx: TransactionalStores): TransactionalStores => ({
    ...tx,
    tenants: overriding(tx.tenants, {
      allocateUser: counted('allocateUser', tx.tenants.allocateUser.bind(tx.tenants)),
      allocateUsers: counted('allocateUsers', tx.tenants.allocateUsers.bind(tx.tenants)),
    }),
    users: overriding(tx.users, {
      insert: counted('insert', tx.users.insert.bind(tx.users)),
      insertMany: counted('insertMany', tx.users.insertMany.bind(tx.users)),
    }),
    auditEvents: overriding(tx.auditEvents, {
      append: counted('append', tx.auditEvents.append.bind(tx.auditEvents)),
      appendMany: counted('appendMany', tx.auditEvents.appendMany.bind(tx.auditEvents)),
    }),
  });
  return {
    counts,
    stores: { ...stores, unitOfWork: { run: (work) => stores.unitOfWork.run((tx) => work(inTransaction(tx))) } } as RosterStores,
  };
}

/** The stores, running `then` after each uniqueness check of a batch (a user list filtered by `anyOf`). */
function afterFirstCheck(stores: RosterStores, then: () => Promise<void>): RosterStores {
  const users = overriding(stores.users, {
    list: async (query) => {
      const page = await stores.users.list(query);
      if (query.anyOf !== undefined) await then();
      return page;
    },
  });
  return { ...stores, users };
}
