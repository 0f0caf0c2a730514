import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import demo from '../../host-common/demo.bootstrap.json';
import { itResumesUnfinishedImports } from '../../host-common/src/test-support/import-resume';
import { main, type RunningHost } from './main';

// Each test starts a host (argon2id hashes of the demo users, a SQLite file): seconds on a busy machine.
jest.setTimeout(30_000);

describe('main (pnpm start)', () => {
  let printed: string[];
  let host: RunningHost | undefined;
  beforeEach(() => {
    printed = [];
    jest.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
  });
  afterEach(async () => {
    await host?.close();
    host = undefined;
    jest.restoreAllMocks();
  });

  const tempFile = (content: string): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'roster-host-')), 'bootstrap.json');
    writeFileSync(path, content);
    return path;
  };
  /** A fresh SQLite file for one start: the default kind of database, never the repository's ./data. */
  const sqliteUrl = (): string => `sqlite:${join(mkdtempSync(join(tmpdir(), 'roster-host-db-')), 'roster.sqlite')}`;

  it('serves the demo file, prints its URL and demo credentials, and logs one line per request', async () => {
    const databaseUrl = sqliteUrl();
    host = await main({ PORT: '0', DATABASE_URL: databaseUrl });
    const output = printed.join('\n');
    expect(output).toContain(`listening on ${host.baseUrl}`);
    expect(output).toContain(`database: SQLite ${databaseUrl.slice('sqlite:'.length)}`);
    const tenant = demo.tenants[0]!;
    for (const key of tenant.apiKeys) expect(output).toContain(key.key);
    expect(output).toContain(`${tenant.users[0]!.email} / ${tenant.users[0]!.password}`);
    // An organization administrator is not the demo admin login: its password stays unprinted.
    expect(output).not.toContain(tenant.users[1]!.password);

    printed.length = 0;
    const body = JSON.stringify({ apikey: tenant.apiKeys[0]!.key, email: 'started@example.com' });
    const answer = await fetch(`${host.baseUrl}/api/user?secret=1`, { method: 'POST', headers: { domain: 'demo' }, body });
    expect(answer.status).toBe(200);
    await new Promise((resolve) => setImmediate(resolve));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^POST \/api\/user 200 \d+\.\dms$/);
  });

  it("answers the README's curl of CourseLit's current clients (x-api-key, no domain, Host localhost), upserting only when ROSTER_COURSELIT_UPSERT=1", async () => {
    const key = demo.tenants[0]!.apiKeys[0]!.key;
    const post = (baseUrl: string, email: string) =>
      fetch(`${baseUrl.replace('127.0.0.1', 'localhost')}/api/user`, {
        method: 'POST',
        headers: { 'x-api-key': key, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, name: 'Joan Doe' }),
      });
    host = await main({ PORT: '0', DATABASE_URL: 'memory' });
    expect(printed).toContain('courselit upsert (a repeated create updates the user): off');
    expect(printed.join('\n')).toContain('courselit domain header: demo or Host localhost, 127.0.0.1;');
    const created = await post(host.baseUrl, 'joan@example.com');
    expect([created.status, await created.json()]).toEqual([200, { email: '16db495c1a8b54863f0150fa2524b6e2' }]);
    const repeated = await post(host.baseUrl, 'joan@example.com');
    expect([repeated.status, await repeated.json()]).toEqual([400, { error: 'The user already exists' }]);
    await host.close();

    host = await main({ PORT: '0', DATABASE_URL: 'memory', ROSTER_COURSELIT_UPSERT: '1' });
    expect(printed).toContain('courselit upsert (a repeated create updates the user): on');
    expect((await post(host.baseUrl, 'joan@example.com')).status).toBe(200);
    const upserted = await post(host.baseUrl, 'joan@example.com');
    expect([upserted.status, await upserted.json()]).toEqual([200, { email: '16db495c1a8b54863f0150fa2524b6e2' }]);
  });

  itResumesUnfinishedImports(
    (DATABASE_URL) => main({ PORT: '0', DATABASE_URL }),
    sqliteUrl,
    () => printed,
  );

  it('prints no secret of a bootstrap file other than the demo one', async () => {
    const path = tempFile(JSON.stringify(demo));
    host = await main({ PORT: '0', ROSTER_BOOTSTRAP: path, DATABASE_URL: 'memory' });
    const output = printed.join('\n');
    expect(output).toContain('database: memory (lost at exit)');
    expect(output).toContain('API key demo-integration (administrator)');
    for (const key of demo.tenants[0]!.apiKeys) expect(output).not.toContain(key.key);
    for (const user of demo.tenants[0]!.users) expect(output).not.toContain(user.password);
  });

  it('refuses an invalid bootstrap file with a message naming the file and the offending path', async () => {
    const broken = structuredClone(demo);
    broken.tenants[0]!.users[1]!.role = 'boss';
    const path = tempFile(JSON.stringify(broken));
    await expect(main({ PORT: '0', ROSTER_BOOTSTRAP: path, DATABASE_URL: sqliteUrl() })).rejects.toThrow(
      `${path}: tenants[0].users[1].role: unknown role "boss"`,
    );
    await expect(main({ PORT: '0', ROSTER_BOOTSTRAP: tempFile('{ not json') })).rejects.toThrow(/: not valid JSON/);
    await expect(main({ PORT: '0', ROSTER_BOOTSTRAP: '/nonexistent/roster.json' })).rejects.toThrow(
      '/nonexistent/roster.json: cannot read the file (ENOENT)',
    );
  });

  it('names an unreachable database by host and name, never by its password', async () => {
    const refused = main({ PORT: '0', DATABASE_URL: 'postgres://roster:s3cret@127.0.0.1:1/roster' });
    await expect(refused).rejects.toThrow('postgres://127.0.0.1:1/roster: the database cannot be reached');
    await expect(refused).rejects.not.toThrow(/s3cret|@/);
  });

  it('by default keeps a SQLite file under ./data of the start directory, names it, and closes it on SIGTERM', async () => {
    const startDir = mkdtempSync(join(tmpdir(), 'roster-start-'));
    const file = join(startDir, 'data', 'roster.sqlite');
    const before = new Set(process.listeners('SIGTERM'));
    host = await main({ PORT: '0', INIT_CWD: startDir });
    expect(printed).toContain(`database: SQLite ${file}`);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(true); // open, in write-ahead-log mode
    const sigterm = process.listeners('SIGTERM').find((listener) => !before.has(listener));
    expect(sigterm).toBeDefined();

    const exited = new Promise<unknown>((resolve) => {
      jest.spyOn(process, 'exit').mockImplementation((code) => {
        resolve(code);
        return undefined as never;
      });
    });
    const { baseUrl } = host;
    (sigterm as () => void)();
    expect(await exited).toBe(0);
    host = undefined;
    expect(existsSync(`${file}-wal`)).toBe(false); // the last connection closed (and checkpointed)
    expect(process.listeners('SIGTERM')).not.toContain(sigterm);
    await expect(fetch(`${baseUrl}/health`)).rejects.toThrow();
  });
});
