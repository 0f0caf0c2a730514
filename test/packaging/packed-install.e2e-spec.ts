import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expectFourDialects, expectRestV1Create } from './dialect-requests';
import { EXPRESS_HOST, NEST_HOST } from './host-scripts';
import { HostExited } from './npm-host';
import { PackedHosts, REQUEST_TIMEOUT, SETUP_TIMEOUT } from './packed-hosts';

/**
 * `pnpm pack` of each package, installed with plain npm into fresh hosts outside the workspace,
 * with only the peers the README names: an Express 5 host that leaves argon2 out and brings its
 * own hasher, and a NestJS 11 host on the default (argon2) hasher. The MikroORM host is in
 * packed-install-sqlite.e2e-spec.ts (it needs a native SQLite driver).
 */
const hosts = new PackedHosts();
let expressDir: string;
let nestDir: string;

beforeAll(async () => {
  await hosts.pack();
  [expressDir, nestDir] = await Promise.all([
    hosts.install('express-host', EXPRESS_HOST, { express: '5.3.0', ...hosts.tarballs(['core', 'express', 'memory']) }),
    hosts.install('nest-host', NEST_HOST, {
      '@nestjs/common': '11.2.10',
      '@nestjs/core': '11.2.10',
      '@nestjs/platform-express': '11.2.10',
      'reflect-metadata': '0.2.2',
      rxjs: '7.8.2',
      argon2: '0.45.1',
      ...hosts.tarballs(['core', 'memory', 'nestjs']),
    }),
  ]);
}, SETUP_TIMEOUT);

afterAll(() => hosts.cleanUp(), 60_000);

async function expectInstalledCleanly(dir: string, names: string[]): Promise<void> {
  for (const name of names) {
    const manifest = await readFile(join(dir, 'node_modules', '@roster', name, 'package.json'), 'utf8');
    expect(manifest).not.toContain('workspace:');
  }
  expect(existsSync(join(dir, 'node_modules', '@roster', 'testing'))).toBe(false);
}

describe('packed packages in a plain-npm Express 5 host', () => {
  it('installs without workspace ranges, the test kit or argon2', async () => {
    await expectInstalledCleanly(expressDir, ['core', 'express', 'memory']);
    expect(existsSync(join(expressDir, 'node_modules', 'argon2'))).toBe(false);
  });

  it(
    'serves all four dialects, and a create with a password, on its own hasher',
    async () => {
      const host = await hosts.start(expressDir, { HOST_HASHER: 'own' });
      await expectFourDialects(host.baseUrl);
      await expectRestV1Create(host.baseUrl, 'second@packed.example.com');
    },
    REQUEST_TIMEOUT,
  );

  it(
    'without argon2 and without a hasher, stops at createRoster with a CONFIGURATION_INVALID error that says what to do',
    async () => {
      const failure = await hosts.start(expressDir).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(HostExited);
      expect((failure as HostExited).exitCode).toBe(3);
      const reported = JSON.parse(/START-FAILED (.*)/.exec((failure as HostExited).output)![1]!) as Record<string, string>;
      expect(reported).toMatchObject({ name: 'RosterError', code: 'CONFIGURATION_INVALID' });
      expect(reported['message']).toMatch(/"argon2".*not installed.*npm install argon2.*passwordHasher/);
    },
    REQUEST_TIMEOUT,
  );
});

describe('packed packages in a plain-npm NestJS 11 host', () => {
  it('installs without workspace ranges or the test kit', async () => {
    await expectInstalledCleanly(nestDir, ['core', 'memory', 'nestjs']);
  });

  it(
    'serves all four dialects on the default argon2 hasher',
    async () => {
      const host = await hosts.start(nestDir);
      await expectFourDialects(host.baseUrl);
    },
    REQUEST_TIMEOUT,
  );
});
