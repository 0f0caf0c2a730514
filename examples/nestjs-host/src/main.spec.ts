import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main';
import type { RunningNestHost } from './nest-host';
import { DEMO_BOOTSTRAP_PATH } from './shared-host';

interface DemoFile {
  tenants: { apiKeys: { key: string }[]; users: { password: string; role: string }[] }[];
}
const demo = JSON.parse(readFileSync(DEMO_BOOTSTRAP_PATH, 'utf8')) as DemoFile;

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

  it('serves the demo file at the default dialect paths, beside its own routes, with the demo credentials printed', async () => {
    host = await main({ PORT: '0', ROSTER_REST_RATE_LIMIT: 'off' });
    const output = printed.join('\n');
    expect(output).toContain(`Roster example host (NestJS) listening on ${host.baseUrl}`);
    expect(output).toContain('rest-v1 rate limit: off');
    const tenant = demo.tenants[0]!;
    for (const key of tenant.apiKeys) expect(output).toContain(key.key);

    const body = JSON.stringify({ apikey: tenant.apiKeys[0]!.key, email: 'started@example.com' });
    const created = await fetch(`${host.baseUrl}/api/user`, { method: 'POST', headers: { domain: 'demo' }, body });
    expect(created.status).toBe(200);
    const listed = await fetch(`${host.baseUrl}/api/v1/users?limit=100`, {
      headers: { Authorization: `Bearer ${tenant.apiKeys[0]!.key}` },
    });
    const emails = ((await listed.json()) as { data: { email: string }[] }).data.map((user) => user.email);
    expect(emails).toContain('started@example.com');
    expect(await (await fetch(`${host.baseUrl}/health`)).json()).toEqual({ status: 'ok' });
    expect(host.bootstrapReport.tenantsCreated).toBe(1);
  });

  it('prints no secret of a bootstrap file other than the demo one', async () => {
    host = await main({ PORT: '0', ROSTER_BOOTSTRAP: tempFile(JSON.stringify(demo)) });
    const output = printed.join('\n');
    expect(output).toContain('API key demo-integration (administrator)');
    for (const key of demo.tenants[0]!.apiKeys) expect(output).not.toContain(key.key);
    for (const user of demo.tenants[0]!.users) expect(output).not.toContain(user.password);
  });

  it('refuses an invalid bootstrap file with a message naming the file and the offending path', async () => {
    const broken = structuredClone(demo);
    broken.tenants[0]!.users[1]!.role = 'boss';
    const path = tempFile(JSON.stringify(broken));
    await expect(main({ PORT: '0', ROSTER_BOOTSTRAP: path })).rejects.toThrow(`${path}: tenants[0].users[1].role: unknown role "boss"`);
    await expect(main({ PORT: '0', DATABASE_URL: 'oracle://u:secret@db/x' })).rejects.toThrow(/unsupported database "oracle"/);
  });
});
