import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { sendRequest, type WireResponse } from '@roster/testing';
import { createTestDatabase, type TestDatabase } from '../../packages/mikro-orm/src/test-support/test-databases';
import { freePort, HOST_ENTRY, startHostProcess, startRedisServer, type HostProcess, type RedisProcess } from './cluster-processes';

/**
 * Three Express example hosts as separate processes (`node dist/main.js`, one port each; the
 * client spreads requests round-robin), on one PostgreSQL database of this run's own, with the
 * limits on a redis-server of this run's own (a free port, a key prefix of its own). One boot
 * serves every check, in order: the password throttle, e-mail uniqueness, key revocation within
 * the store cache's bound, a Redis outage and its end, then one instance killed mid-load (last:
 * it leaves two). docs/cluster.md says what each proves. Needs `pnpm build` first.
 */
const BOOT_MS = 60_000;
jest.setTimeout(4 * BOOT_MS);

const CACHE_SECONDS = 1;
/** docs/cluster.md: a revocation elsewhere is seen within the cache's time; the margin is for a loaded machine. */
const REVOCATION_BOUND_MS = CACHE_SECONDS * 1000 + 2000;
const PER_LOGIN = 10;
const ACCOUNT_URL = 'https://invariants.example.com';
const KEY = 'rk_invariants_admin_5c9e1a3b7d2f4a6c';
const ADMIN = { email: 'admin@invariants.example.com', password: 'the right admin password' };
const MEMBER = { email: 'member@invariants.example.com', password: 'the right member password' };

let database: TestDatabase;
let sql: Client;
let redis: RedisProcess;
let dir: string;
let hosts: HostProcess[] = [];
let turn = 0;

/** The next host, round-robin over those still running. */
const next = (): HostProcess => hosts[turn++ % hosts.length]!;
const json = (body: unknown) => ({
  headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const createUser = (host: HostProcess, email: string): Promise<WireResponse> =>
  sendRequest(host.baseUrl, { method: 'POST', path: '/api/v1/users', ...json({ email, name: email.split('@')[0] }) });
const signIn = (host: HostProcess, email: string, password: string): Promise<number> =>
  sendRequest(host.baseUrl, {
    method: 'GET',
    path: '/user',
    headers: { 'x-auth-account-url': ACCOUNT_URL, 'x-auth-email': email, 'x-auth-password': password },
  }).then((answer) => answer.status);
const ready = (host: HostProcess): Promise<WireResponse> => sendRequest(host.baseUrl, { method: 'GET', path: '/roster/health/ready' });

/** Asks `probe` every 50 ms until it holds; false when `ms` passed first. */
async function within(ms: number, probe: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await probe()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  if (!existsSync(HOST_ENTRY)) throw new Error(`${HOST_ENTRY} is missing: run pnpm build first`);
  const port = await freePort();
  [database, redis] = await Promise.all([createTestDatabase('postgresql'), startRedisServer(port)]);
  dir = mkdtempSync(join(tmpdir(), 'roster-invariants-'));
  const bootstrap = join(dir, 'invariants.bootstrap.json');
  const person = { role: 'owner', firstName: 'Cluster', lastName: 'Person', backendAccess: true };
  writeFileSync(
    bootstrap,
    JSON.stringify({
      tenants: [
        {
          name: 'invariants',
          accountUrl: ACCOUNT_URL,
          identifyBy: 'email',
          apiKeys: [{ name: 'integration', key: KEY, role: 'administrator' }],
          users: [
            { ...ADMIN, ...person, login: 'admin' },
            { ...MEMBER, ...person, login: 'member' },
          ],
        },
      ],
    }),
  );
  const env = {
    DATABASE_URL: database.url,
    ROSTER_LIMITS_URL: `redis://127.0.0.1:${port}`,
    ROSTER_LIMITS_PREFIX: `invariants-${process.pid}-${Date.now()}`,
    ROSTER_STORE_CACHE_SECONDS: String(CACHE_SECONDS),
    ROSTER_BOOTSTRAP: bootstrap,
  };
  // One after another: the first migrates the database and loads the bootstrap file, the others find both done.
  for (let i = 0; i < 3; i++) hosts.push(await startHostProcess(env, BOOT_MS));
  sql = new Client({ connectionString: database.url });
  await sql.connect();
});

afterAll(async () => {
  await sql?.end();
  await Promise.all(hosts.map((host) => host.stop()));
  await redis?.stop();
  await database?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('three example host processes on one PostgreSQL and one Redis', () => {
  it('password guesses spread over the instances get 429 after the same number of failures as on one instance', async () => {
    let failures = 0;
    for (let i = 0; i < 3 * PER_LOGIN; i++) {
      const status = await signIn(next(), ADMIN.email, `wrong guess ${i}`);
      if (status === 429) break;
      expect(status).toBe(401);
      failures++;
    }
    expect(failures).toBe(PER_LOGIN);
    expect(await Promise.all(hosts.map((host) => signIn(host, ADMIN.email, ADMIN.password)))).toEqual([429, 429, 429]);
  });

  it('40 concurrent creates of one e-mail spread over the instances create exactly one user', async () => {
    const email = 'same.person@invariants.example.com';
    const statuses = await Promise.all(Array.from({ length: 40 }, () => createUser(next(), email).then((answer) => answer.status)));
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status !== 201)).toEqual(Array.from({ length: 39 }, () => 409));
    const rows = await sql.query('select count(*)::int as n from roster_users where email_key = $1', [email]);
    expect(rows.rows[0].n).toBe(1);
  });

  it('30 concurrent PATCHes of one user with the same If-Match spread over the instances: exactly one applies, the others 412 or 409 VERSION_CONFLICT', async () => {
    const made = await sendRequest(next().baseUrl, {
      method: 'POST',
      path: '/roster/v1/users',
      ...json({ email: 'versioned@invariants.example.com' }),
    });
    expect(made.status).toBe(201);
    const at = String(made.headers.location);
    const etag = String(made.headers.etag);
    const patches = Array.from({ length: 30 }, (_, i) => {
      const request = json({ first_name: `Writer${i}` });
      return sendRequest(next().baseUrl, {
        method: 'PATCH',
        path: new URL(at, 'http://host').pathname,
        headers: { ...request.headers, 'if-match': etag },
        body: request.body,
      });
    });
    const answers = await Promise.all(patches);
    const applied = answers.filter((answer) => answer.status === 200);
    expect(applied).toHaveLength(1);
    // docs/dialects/admin.md: a write that saw the version it was asked for but lost the race to store
    // it is 409 VERSION_CONFLICT; one that saw a newer version is 412. Never a second 200.
    const lost = answers
      .filter((answer) => answer.status !== 200)
      .map((answer) => (answer.status === 409 ? JSON.parse(answer.text).code : answer.status));
    expect(lost).toEqual(lost.map((outcome) => (outcome === 'VERSION_CONFLICT' ? outcome : 412)));
    expect(lost).toHaveLength(29);
    const path = new URL(at, 'http://host').pathname;
    const read = await sendRequest(next().baseUrl, { method: 'GET', path, headers: { authorization: `Bearer ${KEY}` } });
    expect(JSON.parse(read.text).first_name).toBe(JSON.parse(applied[0]!.text).first_name);
  });

  it('one Idempotency-Key sent to all three instances at once creates one user; each answer is that create, its replay, or 409 while it ran', async () => {
    const email = 'idempotent@invariants.example.com';
    const request = json({ email, first_name: 'Once' });
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        sendRequest(next().baseUrl, {
          method: 'POST',
          path: '/roster/v1/users',
          headers: { ...request.headers, 'idempotency-key': 'cluster-create-once' },
          body: request.body,
        }),
      ),
    );
    const created = answers.filter((answer) => answer.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(created.filter((answer) => answer.headers['idempotent-replayed'] === undefined)).toHaveLength(1);
    expect(new Set(created.map((answer) => answer.text)).size).toBe(1);
    expect(answers.filter((answer) => answer.status !== 201).map((answer) => answer.status)).toEqual(
      answers.filter((answer) => answer.status !== 201).map(() => 409),
    );
    const rows = await sql.query('select count(*)::int as n from roster_users where email_key = $1', [email]);
    expect(rows.rows[0].n).toBe(1);
  });

  it(`a key revoked through one instance is refused by all three within the store cache's ${CACHE_SECONDS} s (+ margin)`, async () => {
    const made = await sendRequest(hosts[0]!.baseUrl, {
      method: 'POST',
      path: '/roster/v1/keys',
      ...json({ name: 'short-lived', role: 'administrator' }),
    });
    expect(made.status).toBe(201);
    const { id, secret } = JSON.parse(made.text) as { id: string; secret: string };
    // rest-v1 authenticates through the key cache alone (the admin API's /me reads the key by id, uncached).
    const use = (host: HostProcess) =>
      sendRequest(host.baseUrl, { method: 'GET', path: '/api/v1/users?limit=1', headers: { authorization: `Bearer ${secret}` } }).then(
        (answer) => answer.status,
      );
    // The first use writes last_used_at (which forgets the key); the second caches it on every instance.
    expect(await Promise.all(hosts.map(use))).toEqual([200, 200, 200]);
    expect(await Promise.all(hosts.map(use))).toEqual([200, 200, 200]);
    const revoked = await sendRequest(hosts[1]!.baseUrl, {
      method: 'DELETE',
      path: `/roster/v1/keys/${id}`,
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(revoked.status).toBe(204);
    // The instance that revoked it forgets it at once; the others within the bound.
    expect(await use(hosts[1]!)).toBe(401);
    const refused = await Promise.all(hosts.map((host) => within(REVOCATION_BOUND_MS, async () => (await use(host)) === 401)));
    expect(refused).toEqual([true, true, true]);
  });

  it('Redis stopped: password sign-ins refused (503), rest-v1 served and limited in-process, readiness down; restarted: normal again without a restart', async () => {
    await redis.stop();
    const limitsDown = (host: HostProcess) =>
      within(5000, async () => {
        const answer = await ready(host);
        return (
          answer.status === 503 &&
          (JSON.parse(answer.text) as { components: { limits?: { status: string } } }).components.limits?.status === 'down'
        );
      });
    expect(await Promise.all(hosts.map(limitsDown))).toEqual([true, true, true]);
    // Fail closed: the right password too.
    expect(await Promise.all(hosts.map((host) => signIn(host, MEMBER.email, MEMBER.password)))).toEqual([503, 503, 503]);
    const listed = await Promise.all(
      hosts.map((host) =>
        sendRequest(host.baseUrl, { method: 'GET', path: '/api/v1/users?limit=1', headers: { authorization: `Bearer ${KEY}` } }),
      ),
    );
    expect(listed.map((answer) => answer.status)).toEqual([200, 200, 200]);
    for (const answer of listed) expect(answer.headers['ratelimit-limit']).toBe('1000');

    redis = await startRedisServer(redis.port);
    const up = (host: HostProcess) => within(10_000, async () => (await ready(host)).status === 200);
    expect(await Promise.all(hosts.map(up))).toEqual([true, true, true]);
    expect(await Promise.all(hosts.map((host) => signIn(host, MEMBER.email, MEMBER.password)))).toEqual([200, 200, 200]);
    expect(await Promise.all(hosts.map((host) => signIn(host, MEMBER.email, 'a wrong one')))).toEqual([401, 401, 401]);
  });

  it('one instance killed with SIGKILL mid-load: every create answered 201 is readable, and no user is half-written', async () => {
    const victim = hosts[2]!;
    const created: { id: string; email: string }[] = [];
    let answered = 0;
    let sent = 0;
    const worker = async (): Promise<void> => {
      while (sent < 60) {
        const n = sent++;
        const host = hosts[n % 3]!;
        const email = `load.${n}@invariants.example.com`;
        const answer = await createUser(host, email).catch(() => null); // the killed one: connection refused or reset
        if (answer?.status === 201) created.push({ id: (JSON.parse(answer.text) as { data: { id: string } }).data.id, email });
        if (++answered === 20) victim.child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    await new Promise((resolve) =>
      victim.child.exitCode !== null || victim.child.signalCode !== null ? resolve(null) : victim.child.once('exit', resolve),
    );
    expect(victim.child.signalCode).toBe('SIGKILL');
    hosts = hosts.slice(0, 2);
    // At least the two survivors' creates went through; the victim's may have failed or been cut.
    expect(created.length).toBeGreaterThanOrEqual(40);
    for (const { id, email } of created) {
      const read = await sendRequest(next().baseUrl, {
        method: 'GET',
        path: `/api/v1/users/${id}`,
        headers: { authorization: `Bearer ${KEY}` },
      });
      expect({
        id,
        status: read.status,
        email: read.status === 200 ? (JSON.parse(read.text) as { data: { email: string } }).data.email : null,
      }).toEqual({
        id,
        status: 200,
        email,
      });
    }
    // Every user row has its counter, its count and its audit event (one transaction); nothing points at a missing user.
    const tenant = (await sql.query('select id from roster_tenants where name = $1', ['invariants'])).rows[0].id as string;
    const one = async (text: string) => (await sql.query(text, [tenant])).rows[0] as Record<string, unknown>;
    const users = Number((await one('select count(*) as n from roster_users where tenant_id = $1')).n);
    expect(users).toBeGreaterThanOrEqual(2 + 1 + created.length);
    expect(
      await one(
        'select user_count, next_user_id > (select max(id) from roster_users where tenant_id = $1) as ahead from roster_tenant_counters where tenant_id = $1',
      ),
    ).toEqual({
      user_count: users,
      ahead: true,
    });
    expect(Number((await one('select coalesce(sum(users), 0) as n from roster_user_counts where tenant_id = $1')).n)).toBe(users);
    const mismatched = await sql.query(
      `select c.role, c.status from roster_user_counts c
        where c.tenant_id = $1 and c.users <> (select count(*) from roster_users u where u.tenant_id = c.tenant_id and u.role = c.role and u.status = c.status)`,
      [tenant],
    );
    expect(mismatched.rows).toEqual([]);
    const apiUsers = await sql.query(
      `select u.email, (select count(*)::int from roster_audit_events a where a.tenant_id = u.tenant_id and a.type = 'user.created' and a.target_id = u.id::text) as events
         from roster_users u where u.tenant_id = $1 and u.email like 'load.%'`,
      [tenant],
    );
    expect(apiUsers.rows.filter((row: { events: number }) => row.events !== 1)).toEqual([]);
    expect(apiUsers.rows.length).toBeGreaterThanOrEqual(created.length);
    const orphans = await one(
      `select (select count(*)::int from roster_audit_events a where a.tenant_id = $1 and a.type = 'user.created'
                 and not exists (select 1 from roster_users u where u.tenant_id = a.tenant_id and u.id::text = a.target_id)) as events,
              (select count(*)::int from roster_user_groups g where g.tenant_id = $1
                 and not exists (select 1 from roster_users u where u.tenant_id = g.tenant_id and u.id = g.user_id)) as groups,
              (select count(*)::int from roster_users u where u.tenant_id = $1
                 and not exists (select 1 from roster_organizations o where o.tenant_id = u.tenant_id and o.id = u.organization_id)) as organizations`,
    );
    expect(orphans).toEqual({ events: 0, groups: 0, organizations: 0 });
  });
});
