import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type RunningHost } from '../../../examples/express-host/src/host';
import { createTestDatabase, type TestDatabase } from '../../mikro-orm/src/test-support/test-databases';
import { freshSqliteUrl, run } from './test-support/cli-runs';

// Each test opens a database (and argon2 hashes for the host's checks): seconds on a busy machine.
jest.setTimeout(60_000);

const EMPTY_BOOTSTRAP = { tenants: [] };

async function getUsers(host: RunningHost, secret: string): Promise<Response> {
  return fetch(`${host.baseUrl}/api/v1/users`, { headers: { Authorization: `Bearer ${secret}` } });
}

/** Waits until `check` holds, up to `ms` (a running host caches keys for up to 5 s). */
/** The JSON a `--json` command printed (its first line). */
function firstJson(output: { readonly lines: readonly string[] }): unknown {
  return JSON.parse(output.lines[0] ?? 'null');
}

async function eventually(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return check();
}

describe.each([
  ['SQLite', (): Promise<TestDatabase> => Promise.resolve({ url: freshSqliteUrl(), drop: () => Promise.resolve() })],
  ['PostgreSQL', async (): Promise<TestDatabase> => createTestDatabase('postgresql')],
])('roster on %s', (_kind, fresh) => {
  let database: TestDatabase;
  let env: NodeJS.ProcessEnv;
  let host: RunningHost | undefined;

  beforeEach(async () => {
    database = await fresh();
    env = { DATABASE_URL: database.url };
  });
  afterEach(async () => {
    await host?.close();
    host = undefined;
    await database.drop();
  });

  it('creates a tenant that tenant list then shows, in text and JSON', async () => {
    const created = await run(
      [
        'tenant',
        'create',
        'acme',
        '--account-url',
        'https://acme.example.com',
        '--host',
        'acme.example.com',
        '--host',
        'lms.acme.example.com',
        '--seat-limit',
        '50',
        '--json',
      ],
      env,
    );
    expect(created.code).toBe(0);
    const tenant = JSON.parse(created.lines.join('\n')) as { id: string; name: string };
    expect(tenant).toMatchObject({
      name: 'acme',
      accountUrl: '//acme.example.com',
      hosts: ['acme.example.com', 'lms.acme.example.com'],
      seatLimit: 50,
      identifyBy: 'email',
    });

    const second = await run(['tenant', 'create', 'beta', '--identify-by', 'login'], env);
    expect(second.code).toBe(0);
    expect(second.lines).toEqual([expect.stringMatching(/^created tenant beta \(id \S+\)$/)]);

    const listed = await run(['tenant', 'list', '--json'], env);
    expect(listed.code).toBe(0);
    const tenants = firstJson(listed) as { id: string; name: string; identifyBy: string }[];
    expect(tenants.map((t) => [t.name, t.identifyBy])).toEqual([
      ['acme', 'email'],
      ['beta', 'login'],
    ]);
    expect(tenants[0]?.id).toBe(tenant.id);

    const text = await run(['tenant', 'list'], env);
    expect(text.lines[0]).toMatch(/^ID\s+NAME\s+ACCOUNT URL\s+HOSTS\s+IDENTIFY BY\s+SEAT LIMIT$/);
    expect(text.lines[1]).toContain('acme.example.com,lms.acme.example.com');
    expect(text.lines).toHaveLength(3);
  });

  it('creates a key whose secret authenticates at a real host, lists it without the secret, and revokes it (401 after)', async () => {
    expect((await run(['tenant', 'create', 'acme'], env)).code).toBe(0);
    const created = await run(
      ['key', 'create', '--tenant', 'acme', '--role', 'administrator', '--name', 'integration', '--permission', 'user:read', '--json'],
      env,
    );
    expect(created.code).toBe(0);
    const { key, secret } = firstJson(created) as { key: { id: string; prefix: string }; secret: string };
    expect(secret).toMatch(/^rk_[A-Za-z0-9_-]{40}$/);
    expect(created.errors.join('\n')).not.toContain(secret);

    host = await startHost({ bootstrap: EMPTY_BOOTSTRAP, databaseUrl: database.url, port: 0 });
    const answer = await getUsers(host, secret);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ data: [], meta: { total: 0 } });
    expect((await getUsers(host, 'rk_not_a_key_of_anyone_at_all_1234567890')).status).toBe(401);

    const listed = await run(['key', 'list', '--tenant', 'acme', '--json'], env);
    expect(listed.code).toBe(0);
    const keys = firstJson(listed) as Record<string, unknown>[];
    expect(keys).toEqual([
      expect.objectContaining({
        id: key.id,
        name: 'integration',
        prefix: key.prefix,
        role: 'administrator',
        permissions: ['user:read'],
        organizationId: null,
      }),
    ]);
    // The host records the request above after answering it.
    const lastUsed = async () =>
      (firstJson(await run(['key', 'list', '--tenant', 'acme', '--json'], env)) as { lastUsedAt: string | null }[])[0]?.lastUsedAt;
    expect(await eventually(async () => (await lastUsed()) !== null, 5_000)).toBe(true);
    const text = await run(['key', 'list', '--tenant', 'acme'], env);
    for (const output of [listed, text]) expect([...output.lines, ...output.errors].join('\n')).not.toContain(secret);
    expect(JSON.stringify(keys)).not.toMatch(/secretHash|hash/i);

    const revoked = await run(['key', 'revoke', '--tenant', 'acme', key.id], env);
    expect(revoked).toMatchObject({ code: 0, lines: [`revoked key ${key.id}`] });
    // The host runs its own Roster: it sees the revocation within its store cache time (5 s).
    expect(await eventually(async () => (await getUsers(host!, secret)).status === 401, 8_000)).toBe(true);
    expect(firstJson(await run(['key', 'list', '--tenant', 'acme', '--json'], env))).toEqual([]);

    const again = await run(['key', 'revoke', '--tenant', 'acme', key.id], env);
    expect(again).toMatchObject({ code: 1, errors: ['roster: API_KEY_NOT_FOUND: no such API key'] });
  });

  it('creates a key with --expires-at, and rotates it with --grace: both secrets work at a real host, the old one until the grace ends', async () => {
    expect((await run(['tenant', 'create', 'acme'], env)).code).toBe(0);
    const expiresAt = '2999-01-31T00:00:00.000Z';
    const created = await run(
      ['key', 'create', '--tenant', 'acme', '--role', 'administrator', '--expires-at', '2999-01-31T01:00:00+01:00', '--json'],
      env,
    );
    expect(created.code).toBe(0);
    const { key, secret } = firstJson(created) as { key: { id: string; expiresAt: string }; secret: string };
    expect(key.expiresAt).toBe(expiresAt);
    const text = await run(['key', 'list', '--tenant', 'acme'], env);
    expect(text.lines[0]).toMatch(/\sLAST USED\s+EXPIRES$/);
    expect(text.lines[1]).toMatch(new RegExp(`${expiresAt.replace(/\./g, '\\.')}$`));

    const rotated = await run(['key', 'rotate', '--tenant', 'acme', key.id, '--grace', '3600', '--json'], env);
    expect(rotated.code).toBe(0);
    const next = firstJson(rotated) as {
      key: { id: string; expiresAt: string };
      secret: string;
      replaced: { id: string; expiresAt: string };
    };
    expect(next.key.id).not.toBe(key.id);
    expect(next.key.expiresAt).toBe(expiresAt);
    expect(next.secret).toMatch(/^rk_[A-Za-z0-9_-]{40}$/);
    expect(next.replaced.id).toBe(key.id);
    expect(Date.parse(next.replaced.expiresAt)).toBeGreaterThan(Date.now());
    host = await startHost({ bootstrap: EMPTY_BOOTSTRAP, databaseUrl: database.url, port: 0 });
    expect((await getUsers(host, secret)).status).toBe(200);
    expect((await getUsers(host, next.secret)).status).toBe(200);

    const plain = await run(['key', 'rotate', '--tenant', 'acme', next.key.id], env);
    expect(plain.code).toBe(0);
    expect(plain.lines.slice(0, 2)).toEqual([
      expect.stringMatching(new RegExp(`^rotated key ${next.key.id} into \\S+ \\(prefix rk_`)),
      `old key ${next.key.id} revoked`,
    ]);
    expect(plain.lines.at(-1)).toMatch(/^rk_[A-Za-z0-9_-]{40}$/);
    const ids = (firstJson(await run(['key', 'list', '--tenant', 'acme', '--json'], env)) as { id: string }[]).map((one) => one.id);
    expect(ids).toHaveLength(2);
    expect(ids).toContain(key.id);
    expect(ids).not.toContain(next.key.id);

    const past = await run(['key', 'create', '--tenant', 'acme', '--role', 'user', '--expires-at', '2001-01-01T00:00:00Z'], env);
    expect(past).toMatchObject({ code: 1, errors: [expect.stringContaining('VALIDATION_FAILED')] });
    const unknown = await run(['key', 'rotate', '--tenant', 'acme', 'key_nobody'], env);
    expect(unknown).toMatchObject({ code: 1, errors: ['roster: API_KEY_NOT_FOUND: no such API key'] });
  });

  it('exports every user (paged) in NDJSON and CSV, and imports them into another tenant, skipping those that exist on a re-run', async () => {
    expect((await run(['tenant', 'create', 'source'], env)).code).toBe(0);
    expect((await run(['tenant', 'create', 'target'], env)).code).toBe(0);
    const { secret } = firstJson(await run(['key', 'create', '--tenant', 'source', '--role', 'owner', '--json'], env)) as {
      secret: string;
    };
    host = await startHost({ bootstrap: EMPTY_BOOTSTRAP, databaseUrl: database.url, port: 0, restRateLimit: false });
    const count = 205; // more than one export page (200)
    for (let i = 0; i < count; i += 1) {
      const answer = await fetch(`${host.baseUrl}/api/v1/users`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: `user${i}@example.com`, name: `User ${i}`, role: i % 2 === 0 ? 'user' : 'publisher' }),
      });
      expect(answer.status).toBe(201);
    }
    await host.close();
    host = undefined;

    const ndjson = await run(['user', 'export', '--tenant', 'source'], env);
    expect(ndjson.code).toBe(0);
    const users = ndjson.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(users.map((u) => u.email)).toEqual(Array.from({ length: count }, (_, i) => `user${i}@example.com`));
    expect(users[1]).toMatchObject({ firstName: 'User', lastName: '1', role: 'publisher', status: 'pending' });
    expect(ndjson.lines.join('\n')).not.toMatch(/passwordHash|argon2/);
    expect(ndjson.errors).toEqual([`roster: exported ${count} users`]);

    const csv = await run(['user', 'export', '--tenant', 'source', '--format', 'csv'], env);
    expect(csv.code).toBe(0);
    expect(csv.lines[0]).toMatch(/^id,publicId,email,login,firstName,lastName,role,/);
    expect(csv.lines).toHaveLength(count + 1);

    const dir = mkdtempSync(join(tmpdir(), 'roster-cli-import-'));
    const csvFile = join(dir, 'users.csv');
    writeFileSync(csvFile, `${csv.lines.slice(0, 11).join('\n')}\n`);
    const ndjsonFile = join(dir, 'users.ndjson');
    writeFileSync(ndjsonFile, `${ndjson.lines.join('\n')}\n{"email":"broken@example.com","role":"no-such-role"}\nnot json\n`);

    const dry = await run(['user', 'import', csvFile, '--tenant', 'target', '--validate-only', '--json'], env);
    expect(dry.code).toBe(0);
    expect(firstJson(dry)).toMatchObject({ validateOnly: true, rows: 10, created: 10, skipped: [], failed: [] });
    expect(JSON.parse((await run(['user', 'export', '--tenant', 'target'], env)).lines.join('\n') || '[]')).toEqual([]);

    const first = await run(['user', 'import', csvFile, '--tenant', 'target'], env);
    expect(first).toMatchObject({ code: 0, lines: ['10 rows: created 10, skipped 0 (already exist), failed 0'] });

    // A re-run (as after a crash) of a file holding those ten: they are skipped, the others created.
    const second = await run(['user', 'import', ndjsonFile, '--tenant', 'target', '--json'], env);
    expect(second.code).toBe(1);
    const report = firstJson(second) as {
      created: number;
      skipped: { line: number }[];
      failed: { line: number; code: string }[];
    };
    expect(report.created).toBe(count - 10);
    expect(report.skipped.map((s) => s.line)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(report.failed).toEqual([
      expect.objectContaining({ line: count + 1, code: 'ROLE_UNKNOWN' }),
      { line: count + 2, code: 'UNREADABLE', message: 'not valid JSON' },
    ]);
    expect(second.errors).toContain(`roster: line ${count + 2}: UNREADABLE: not valid JSON`);
    // Not a terminal: plain progress lines on stderr, never on stdout.
    // (A line every 100 rows committed, then one at the end.)
    expect(second.errors).toEqual(expect.arrayContaining([`roster: import ${count + 2}/${count + 2} rows`]));
    expect(second.lines).toHaveLength(1);

    const exported = (await run(['user', 'export', '--tenant', 'target'], env)).lines.map(
      (line) => JSON.parse(line) as Record<string, unknown>,
    );
    const pick = (u: Record<string, unknown>) => [u.email, u.firstName, u.lastName, u.role, u.status, u.permissions, u.settings];
    expect(exported.map(pick)).toEqual(users.map(pick));
  });
});

describe('roster without a database', () => {
  it('prints help on every command and subcommand (exit 0)', async () => {
    const commands = [
      [],
      ['tenant'],
      ['tenant', 'create'],
      ['tenant', 'list'],
      ['key'],
      ['key', 'create'],
      ['key', 'list'],
      ['key', 'revoke'],
      ['key', 'rotate'],
      ['user'],
      ['user', 'export'],
      ['user', 'import'],
      ['user', 'purge'],
    ];
    for (const command of commands) {
      const help = await run([...command, '--help'], {});
      expect(help.code).toBe(0);
      expect(help.lines.join('\n')).toContain(`Usage: roster${command.length > 0 ? ` ${command.join(' ')}` : ''}`);
    }
  });

  it('exits 2 on misuse: no command, an unknown one, a missing option, a bad value, no DATABASE_URL', async () => {
    expect((await run([], {})).code).toBe(2);
    expect((await run(['frobnicate'], {})).code).toBe(2);
    const missing = await run(['key', 'create', '--tenant', 'acme'], { DATABASE_URL: freshSqliteUrl() });
    expect(missing.code).toBe(2);
    expect(missing.errors.join('\n')).toContain("required option '--role <role>' not specified");
    expect((await run(['tenant', 'create', 'x', '--seat-limit', 'many'], { DATABASE_URL: freshSqliteUrl() })).code).toBe(2);
    expect((await run(['tenant', 'create', 'x', '--identify-by', 'phone'], { DATABASE_URL: freshSqliteUrl() })).code).toBe(2);
    const badDate = ['key', 'create', '--tenant', 'x', '--role', 'user', '--expires-at', '2999-01-31'];
    expect((await run(badDate, { DATABASE_URL: freshSqliteUrl() })).code).toBe(2);
    expect((await run(['key', 'rotate', 'k1', '--tenant', 'x', '--grace', '-1'], { DATABASE_URL: freshSqliteUrl() })).code).toBe(2);
    expect((await run(['key', 'rotate', '--tenant', 'x'], { DATABASE_URL: freshSqliteUrl() })).code).toBe(2);
    const noUrl = await run(['tenant', 'list'], {});
    expect(noUrl.code).toBe(2);
    expect(noUrl.errors[0]).toMatch(/^roster: set DATABASE_URL/);
    const badUrl = await run(['tenant', 'list'], { DATABASE_URL: 'mssql://sa:s3cret@db/app' });
    expect(badUrl.code).toBe(2);
    expect(badUrl.errors.join('\n')).not.toContain('s3cret');
  });

  it('exits 1 with the code only when the database cannot be reached, never the password', async () => {
    const failed = await run(['tenant', 'list'], { DATABASE_URL: 'postgres://roster:s3cret@127.0.0.1:1/none' });
    expect(failed.code).toBe(1);
    expect(failed.errors).toEqual(['roster: STORE_UNAVAILABLE: the database cannot be reached']);
  });

  it('exits 1 for an unknown tenant', async () => {
    const failed = await run(['key', 'list', '--tenant', 'nobody'], { DATABASE_URL: freshSqliteUrl() });
    expect(failed).toMatchObject({ code: 1, errors: ['roster: TENANT_NOT_FOUND: no tenant has the id or name "nobody"'] });
  });
});
