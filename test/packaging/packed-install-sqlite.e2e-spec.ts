import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expectFourDialects } from './dialect-requests';
import { EXPRESS_HOST } from './host-scripts';
import { PackedHosts, REQUEST_TIMEOUT, SETUP_TIMEOUT } from './packed-hosts';

/**
 * The packed @roster/mikro-orm in a fresh plain-npm Express 5 host on SQLite, with the MikroORM
 * packages the README names at 6.6.16. npm installs better-sqlite3 from a prebuild made of the
 * workspace's own binary (native-prebuilds.ts); without one it compiles SQLite from source
 * (minutes on a busy 2-core machine), hence a spec file of its own.
 */
const MIKRO_ORM = Object.fromEntries(['core', 'knex', 'migrations', 'better-sqlite'].map((name) => [`@mikro-orm/${name}`, '6.6.16']));
const hosts = new PackedHosts();
let sqliteDir: string;

beforeAll(async () => {
  await hosts.pack();
  sqliteDir = await hosts.install('sqlite-host', EXPRESS_HOST, {
    express: '5.3.0',
    ...MIKRO_ORM,
    ...hosts.tarballs(['core', 'express', 'mikro-orm']),
  });
}, SETUP_TIMEOUT);

afterAll(() => hosts.cleanUp(), 60_000);

describe('packed packages in a plain-npm Express 5 host on @roster/mikro-orm and SQLite', () => {
  it('installs without workspace ranges or the test kit', async () => {
    for (const name of ['core', 'express', 'mikro-orm']) {
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
});
