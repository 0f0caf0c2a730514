import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expectFourDialects } from './dialect-requests';
import { EXPRESS_HOST } from './host-scripts';
import { cleanEnv } from './pack-workspace';
import { PackedHosts, REQUEST_TIMEOUT, SETUP_TIMEOUT } from './packed-hosts';

/**
 * The packed @roster/mikro-orm in a fresh plain-npm Express 5 host on SQLite, with the MikroORM
 * packages the README names at 6.6.16. npm installs better-sqlite3 from a prebuild made of the
 * workspace's own binary (native-prebuilds.ts); without one it compiles SQLite from source
 * (minutes on a busy 2-core machine), hence a spec file of its own. The host installs the packed
 * @roster/cli beside it, and the README's quick start runs on it: a tenant and a key made with the
 * `roster` command, then a request with that key to the host on the same database.
 */
const run = promisify(execFile);
const MIKRO_ORM = Object.fromEntries(['core', 'knex', 'migrations', 'better-sqlite'].map((name) => [`@mikro-orm/${name}`, '6.6.16']));
const hosts = new PackedHosts();
let sqliteDir: string;

beforeAll(async () => {
  await hosts.pack();
  sqliteDir = await hosts.install('sqlite-host', EXPRESS_HOST, {
    express: '5.3.0',
    ...MIKRO_ORM,
    ...hosts.tarballs(['core', 'express', 'mikro-orm', 'cli']),
  });
}, SETUP_TIMEOUT);

afterAll(() => hosts.cleanUp(), 60_000);

describe('packed packages in a plain-npm Express 5 host on @roster/mikro-orm and SQLite', () => {
  it('installs without workspace ranges or the test kit', async () => {
    for (const name of ['core', 'express', 'mikro-orm', 'cli']) {
      expect(await readFile(join(sqliteDir, 'node_modules', '@roster', name, 'package.json'), 'utf8')).not.toContain('workspace:');
    }
    expect(existsSync(join(sqliteDir, 'node_modules', '@roster', 'testing'))).toBe(false);
  });

  it(
    'applies its migrations at start and serves all four dialects, on its own hasher',
    async () => {
      const host = await hosts.start(sqliteDir, { HOST_STORE: 'sqlite', HOST_HASHER: 'own' });
      await expectFourDialects(host.baseUrl);
      expect(existsSync(join(sqliteDir, 'roster.sqlite'))).toBe(true);
    },
    REQUEST_TIMEOUT,
  );

  it(
    "runs the roster command on the host's database: a tenant and a key made by it serve a request, and the user it created is exported",
    async () => {
      const roster = async (...args: string[]): Promise<string> =>
        (
          await run(join(sqliteDir, 'node_modules', '.bin', 'roster'), args, {
            cwd: sqliteDir,
            env: cleanEnv({ DATABASE_URL: `sqlite:${join(sqliteDir, 'roster.sqlite')}` }),
            timeout: REQUEST_TIMEOUT,
          })
        ).stdout;
      const tenant = JSON.parse(await roster('tenant', 'create', 'cli-acme', '--account-url', 'https://cli-acme.example.com', '--json'));
      // Stored as accounts are compared (iSpring's X-Auth-Account-Url): without the scheme.
      expect(tenant).toMatchObject({ name: 'cli-acme', accountUrl: '//cli-acme.example.com' });
      const key = JSON.parse(await roster('key', 'create', '--tenant', 'cli-acme', '--role', 'administrator', '--name', 'first', '--json'));
      expect(key.secret).toMatch(/^rk_/);

      const host = await hosts.start(sqliteDir, { HOST_STORE: 'sqlite', HOST_HASHER: 'own' });
      const created = await fetch(`${host.baseUrl}/api/v1/users`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key.secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'first@cli-acme.example.com', name: 'First User', role: 'user' }),
      });
      expect(created.status).toBe(201);

      const exported = (await roster('user', 'export', '--tenant', 'cli-acme'))
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(exported).toEqual([expect.objectContaining({ email: 'first@cli-acme.example.com', firstName: 'First', lastName: 'User' })]);
      expect(await roster('key', 'list', '--tenant', 'cli-acme', '--json')).not.toContain(key.secret);
    },
    REQUEST_TIMEOUT,
  );
});
