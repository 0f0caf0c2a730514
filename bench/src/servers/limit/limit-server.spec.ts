import type { AddressInfo } from 'node:net';
import { createRoster } from '@roster/core';
import { dropDatabase, recreateDatabase, withDatabase } from '../../db/postgres-admin';
import { migrateRosterSchema } from '../../db/roster-schema';
import { seedRosterUsersSql } from '../../db/roster-sql-seeder';
import { seedPublicId } from '../../db/seed-user.model';
import { countPgQueries } from '../../probe/pg-query-counter';
import { BENCH_TENANT, benchBootstrapFile } from '../bench-fixture';
import type { BuiltServer } from '../built-server';
import { FastPasswordHasher } from '../fast-password-hasher';
import { quietLogger } from '../quiet-logger';
import { openEnvironment, openStores, type RosterEnvironment } from '../roster-environment';
import { rosterExpressServer } from '../roster-express.server';
import { limitServer } from './limit.server';

const DATABASE = `roster_limit_spec_${process.pid}_${Date.now().toString(36)}`;
const SEEDED = 45;
const BEARER = { authorization: `Bearer ${BENCH_TENANT.apiKey}` };

interface Answer {
  readonly status: number;
  readonly type: string | null;
  readonly body: string;
}

async function listening(built: BuiltServer): Promise<string> {
  await new Promise<void>((resolve) => built.server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(built.server.address() as AddressInfo).port}`;
}

async function ask(base: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(new URL(path, base), { ...init, headers: { ...BEARER, ...(init.headers as Record<string, string>) } });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

/**
 * The limit baseline must give Roster's answers byte for byte (status, content type, body), or
 * its figure would measure less work. Both serve the same PostgreSQL database, made for this test.
 */
describe('limit baseline (PostgreSQL)', () => {
  jest.setTimeout(120_000);
  const queries = countPgQueries();
  let env: RosterEnvironment;
  let roster: BuiltServer;
  let limit: ReturnType<typeof limitServer>;
  let rosterUrl: string;
  let limitUrl: string;

  beforeAll(async () => {
    const url = await recreateDatabase(DATABASE);
    await migrateRosterSchema(url);
    const stores = await openStores({ kind: 'postgres', url });
    const setup = createRoster({ stores, passwordHasher: new FastPasswordHasher(), logger: quietLogger });
    await setup.bootstrap.load(benchBootstrapFile());
    const tenant = (await setup.tenants.findByName(BENCH_TENANT.name))!;
    await setup.close();
    await withDatabase(DATABASE, (client) =>
      seedRosterUsersSql(client, { tenantId: tenant.id, count: SEEDED, defaultPermissions: tenant.defaultPermissions, organizationId: 1 }),
    );
    env = await openEnvironment({ kind: 'postgres', url }, 'fast');
    roster = rosterExpressServer(env);
    limit = limitServer(url, new FastPasswordHasher());
    rosterUrl = await listening(roster);
    limitUrl = await listening(limit);
  });

  afterAll(async () => {
    roster?.server.close();
    limit?.server.close();
    await limit?.pool.end();
    await env?.close();
    await dropDatabase(DATABASE);
  });

  const both = async (path: string, init?: RequestInit): Promise<[Answer, Answer]> => [
    await ask(rosterUrl, path, init),
    await ask(limitUrl, path, init),
  ];

  it.each([
    `/api/v1/users/${seedPublicId(1)}`,
    `/api/v1/users/${seedPublicId(SEEDED)}`,
    '/api/v1/users/usr_nobody000000000',
    '/api/v1/users?page=1&limit=20',
    '/api/v1/users',
    '/api/v1/users?page=3&limit=20',
    '/api/v1/users?page=9&limit=20',
    '/api/v1/users?role=publisher&page=1&limit=20',
    '/api/v1/users?role=publisher&status=active&page=2&limit=3',
    '/api/v1/users?status=pending',
  ])('answers %s with the same status, content type and bytes', async (path) => {
    const [fromRoster, fromLimit] = await both(path);
    expect(fromRoster.status).toBe(path.includes('nobody') ? 404 : 200);
    expect(fromLimit).toEqual(fromRoster);
  });

  it.each(['limit=7', 'role=publisher&limit=3', 'role=publisher&status=active&limit=2', 'status=pending'])(
    'walks ?%s by the after cursor with the same bytes at every page, next null at the end',
    async (query) => {
      let after = '';
      for (let page = 1; ; page += 1) {
        const [fromRoster, fromLimit] = await both(`/api/v1/users?${query}&after=${after}`);
        expect(fromRoster.status).toBe(200);
        expect(fromLimit).toEqual(fromRoster);
        const next = (JSON.parse(fromRoster.body) as { meta: { next: string | null } }).meta.next;
        if (next === null) break;
        expect(page).toBeLessThan(SEEDED);
        after = next;
      }
    },
  );

  it('refuses an unknown key as Roster does', async () => {
    const [fromRoster, fromLimit] = await both(`/api/v1/users/${seedPublicId(1)}`, { headers: { authorization: 'Bearer rk_wrong' } });
    expect(fromRoster.status).toBe(401);
    expect(fromLimit).toEqual(fromRoster);
  });

  it('creates a user Roster then serves exactly as one it created itself', async () => {
    const create = (email: string): RequestInit => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, name: 'Limit  Spec User', password: 'limit spec password' }),
    });
    const byRoster = await ask(rosterUrl, '/api/v1/users', create('By.Roster@limit.example.com'));
    const byLimit = await ask(limitUrl, '/api/v1/users', create('By.Limit@limit.example.com'));
    expect(byLimit.status).toBe(201);
    expect([byLimit.status, byLimit.type]).toEqual([byRoster.status, byRoster.type]);
    const [rosterData, limitData] = [byRoster, byLimit].map(
      (answer) => (JSON.parse(answer.body) as { data: Record<string, unknown> }).data,
    );
    expect(Object.keys(limitData!)).toEqual(Object.keys(rosterData!));
    expect({ ...limitData, id: 'x', email: 'x', created_at: 'x' }).toEqual({ ...rosterData, id: 'x', email: 'x', created_at: 'x' });
    expect(limitData!['id']).toMatch(/^usr_[0-9A-Za-z]{16}$/);
    expect(limitData!['email']).toBe('by.limit@limit.example.com');

    // The rows read back through Roster's own store alike, bar ids, e-mail, times and hash.
    const stored = await Promise.all(
      [rosterData, limitData].map((data) => env.stores.users.findByPublicId(env.tenant.id, data!['id'] as string)),
    );
    const comparable = (user: (typeof stored)[number] | undefined) => ({
      ...user,
      id: 0,
      publicId: '',
      email: '',
      passwordHash: '',
      createdAt: 0,
      updatedAt: 0,
    });
    expect(stored[1]).not.toBeNull();
    expect(comparable(stored[1])).toEqual(comparable(stored[0]));
    expect(stored[1]!.id).toBe(stored[0]!.id + 1);
    await expect(new FastPasswordHasher().verify(stored[1]!.passwordHash!, 'limit spec password')).resolves.toBe(true);

    const [again, againLimit] = await both(`/api/v1/users/${limitData!['id'] as string}`);
    expect(againLimit).toEqual(again);
    const [taken, takenLimit] = await both('/api/v1/users', create('by.limit@limit.example.com'));
    expect(taken.status).toBe(409);
    expect(takenLimit).toEqual(taken);
  });

  it('makes two SQL round trips per answer: the key, then one statement', async () => {
    for (const [path, init] of [
      [`/api/v1/users/${seedPublicId(2)}`, {}],
      ['/api/v1/users?page=2&limit=20', {}],
      [
        '/api/v1/users',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":"trips@limit.example.com","name":"T"}' },
      ],
    ] as const) {
      const before = queries();
      expect((await ask(limitUrl, path, init)).status).toBeLessThan(300);
      expect(queries() - before).toBe(2);
    }
    // The counter sees Roster's statements too (one `pg` in the process): its get is one statement
    // when its tenant and key cache is warm, more when the cache has expired.
    const before = queries();
    await ask(rosterUrl, `/api/v1/users/${seedPublicId(2)}`);
    expect(queries() - before).toBeGreaterThanOrEqual(1);
  });
});
