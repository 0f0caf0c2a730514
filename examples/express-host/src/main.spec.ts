import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import demo from '../demo.bootstrap.json';
import { main, type RunningHost } from './main';

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

  it('serves the demo file, prints its URL and demo credentials, and logs one line per request', async () => {
    host = await main({ PORT: '0' });
    const output = printed.join('\n');
    expect(output).toContain(`listening on ${host.baseUrl}`);
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

  it('prints no secret of a bootstrap file other than the demo one', async () => {
    const path = tempFile(JSON.stringify(demo));
    host = await main({ PORT: '0', ROSTER_BOOTSTRAP: path });
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
    await expect(main({ PORT: '0', ROSTER_BOOTSTRAP: tempFile('{ not json') })).rejects.toThrow(/: not valid JSON/);
    await expect(main({ PORT: '0', ROSTER_BOOTSTRAP: '/nonexistent/roster.json' })).rejects.toThrow(
      '/nonexistent/roster.json: cannot read the file (ENOENT)',
    );
  });
});
