import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main';
import type { RunningNestHost } from './nest-host';
import { DEMO_BOOTSTRAP_PATH } from './shared-host';
import { itResumesUnfinishedImports } from '../../host-common/src/test-support/import-resume';

interface DemoFile {
  tenants: { apiKeys: { key: string }[]; users: { password: string; role: string }[] }[];
}
const demo = JSON.parse(readFileSync(DEMO_BOOTSTRAP_PATH, 'utf8')) as DemoFile;

// Each test starts a host (argon2id hashes of the demo users, a SQLite file): seconds on a busy machine.
jest.setTimeout(30_000);

describe('main (pnpm start:nest)', () => {
  let printed: string[];
  let host: RunningNestHost | undefined;
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
    const path = join(mkdtempSync(join(tmpdir(), 'roster-nest-host-')), 'bootstrap.json');
    writeFileSync(path, content);
    return path;
  };
  /** A fresh SQLite file for one start: the default kind of database, never the repository's ./data. */
  const sqliteFile = (): string => join(mkdtempSync(join(tmpdir(), 'roster-nest-db-')), 'roster.sqlite');

  it('serves the demo file at the default dialect paths, beside its own routes, with the demo credentials printed', async () => {
    const file = sqliteFile();
    host = await main({ PORT: '0', ROSTER_REST_RATE_LIMIT: 'off', DATABASE_URL: `sqlite:${file}` });
    const output = printed.join('\n');
    expect(output).toContain(`Roster example host (NestJS) listening on ${host.baseUrl}`);
    expect(output).toContain(`database: SQLite ${file}`);
    expect(output).toContain('rest-v1 rate limit: off');
    const tenant = demo.tenants[0]!;
    for (const key of tenant.apiKeys) expect(output).toContain(key.key);

    const body = JSON.stringify({ apikey: tenant.apiKeys[0]!.key, email: 'started@example.com' });
    const created = await fetch(`${host.baseUrl}/api/user`, { method: 'POST', headers: { domain: 'demo' }, body });
    expect(created.status).toBe(200);
    // As CourseLit's current clients call it: x-api-key, no domain; the demo tenant lists 127.0.0.1.
    const byHost = await fetch(`${host.baseUrl}/api/user`, {
      method: 'POST',
      headers: { 'x-api-key': tenant.apiKeys[0]!.key, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'by.host@example.com' }),
    });
    expect([byHost.status, await byHost.json()]).toEqual([200, { email: '0c26384b4b55fc9afd6afefeab23a03f' }]);
    const listed = await fetch(`${host.baseUrl}/api/v1/users?limit=100`, {
      headers: { Authorization: `Bearer ${tenant.apiKeys[0]!.key}` },
    });
    const emails = ((await listed.json()) as { data: { email: string }[] }).data.map((user) => user.email);
    expect(emails).toEqual(expect.arrayContaining(['started@example.com', 'by.host@example.com']));
    expect(await (await fetch(`${host.baseUrl}/health`)).json()).toEqual({ status: 'ok' });
    expect(host.bootstrapReport.tenantsCreated).toBe(1);
  });

  itResumesUnfinishedImports(
    (DATABASE_URL) => main({ PORT: '0', DATABASE_URL }),
    () => `sqlite:${sqliteFile()}`,
    () => printed,
  );

  it('prints no secret of a bootstrap file other than the demo one', async () => {
    host = await main({ PORT: '0', ROSTER_BOOTSTRAP: tempFile(JSON.stringify(demo)), DATABASE_URL: 'memory' });
    const output = printed.join('\n');
    expect(output).toContain('API key demo-integration (administrator)');
    for (const key of demo.tenants[0]!.apiKeys) expect(output).not.toContain(key.key);
    for (const user of demo.tenants[0]!.users) expect(output).not.toContain(user.password);
  });

  it('refuses an invalid bootstrap file with a message naming the file and the offending path', async () => {
    const broken = structuredClone(demo);
    broken.tenants[0]!.users[1]!.role = 'boss';
    const path = tempFile(JSON.stringify(broken));
    const file = sqliteFile();
    await expect(main({ PORT: '0', ROSTER_BOOTSTRAP: path, DATABASE_URL: `sqlite:${file}` })).rejects.toThrow(
      `${path}: tenants[0].users[1].role: unknown role "boss"`,
    );
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false); // the failed start closed the database it opened
    await expect(main({ PORT: '0', DATABASE_URL: 'oracle://u:secret@db/x' })).rejects.toThrow(/unsupported database "oracle"/);
    const unreachable = main({ PORT: '0', DATABASE_URL: 'mariadb://root:s3cret@127.0.0.1:1/roster' });
    await expect(unreachable).rejects.toThrow('mariadb://127.0.0.1:1/roster: the database cannot be reached');
    await expect(unreachable).rejects.not.toThrow(/s3cret/);
  });

  it('by default keeps a SQLite file under ./data of the start directory, and closing the app closes it', async () => {
    const startDir = mkdtempSync(join(tmpdir(), 'roster-nest-start-'));
    const file = join(startDir, 'data', 'roster.sqlite');
    host = await main({ PORT: '0', INIT_CWD: startDir });
    expect(printed).toContain(`database: SQLite ${file}`);
    expect(existsSync(`${file}-wal`)).toBe(true); // open, in write-ahead-log mode
    await host.close(); // what the shutdown hooks run on SIGINT/SIGTERM
    host = undefined;
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
