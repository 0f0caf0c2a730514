import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectFourDialects, expectRestV1Create } from './dialect-requests';
import { BOOTSTRAP, EXPRESS_HOST, NEST_HOST } from './host-scripts';
import { HostExited, npmInstall, startHost, type StartedHost } from './npm-host';
import { buildMissing, packAll, type HostPackage } from './pack-workspace';

/**
 * `pnpm pack` of each package, installed with plain npm into fresh hosts outside the workspace,
 * with only the peers the README names: an Express 5 host that leaves argon2 out and brings its
 * own hasher, and a NestJS 11 host on the default (argon2) hasher. npm installs take minutes on
 * a busy machine, hence the long timeouts.
 */
const SETUP_TIMEOUT = 15 * 60_000;
const REQUEST_TIMEOUT = 120_000;

const dirs: string[] = [];
const hosts: StartedHost[] = [];
let expressDir: string;
let nestDir: string;
let sqliteDir: string;

async function tempDir(label: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `roster-packed-${label}-`));
  dirs.push(dir);
  return dir;
}

function tarballs(packed: Record<HostPackage, string>, names: HostPackage[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [`@roster/${name}`, `file:${packed[name]}`]));
}

async function makeHost(dir: string, script: string, dependencies: Record<string, string>): Promise<void> {
  await writeFile(join(dir, 'bootstrap.json'), JSON.stringify(BOOTSTRAP));
  await writeFile(join(dir, 'host.js'), script);
  await npmInstall(dir, dependencies);
}

async function start(dir: string, env: Record<string, string> = {}): Promise<StartedHost> {
  const host = await startHost(dir, 'host.js', env);
  hosts.push(host);
  return host;
}

beforeAll(async () => {
  await buildMissing();
  const packed = await packAll(await tempDir('packs'));
  expressDir = await tempDir('express-host');
  nestDir = await tempDir('nest-host');
  sqliteDir = await tempDir('sqlite-host');
  const mikroOrm = Object.fromEntries(['core', 'knex', 'migrations', 'better-sqlite'].map((name) => [`@mikro-orm/${name}`, '6.6.16']));
  await Promise.all([
    makeHost(expressDir, EXPRESS_HOST, { express: '5.3.0', ...tarballs(packed, ['core', 'express', 'memory']) }),
    makeHost(nestDir, NEST_HOST, {
      '@nestjs/common': '11.2.10',
      '@nestjs/core': '11.2.10',
      '@nestjs/platform-express': '11.2.10',
      'reflect-metadata': '0.2.2',
      rxjs: '7.8.2',
      argon2: '0.45.1',
      ...tarballs(packed, ['core', 'memory', 'nestjs']),
    }),
    makeHost(sqliteDir, EXPRESS_HOST, { express: '5.3.0', ...mikroOrm, ...tarballs(packed, ['core', 'express', 'mikro-orm']) }),
  ]);
}, SETUP_TIMEOUT);

afterAll(async () => {
  await Promise.all(hosts.map((host) => host.stop()));
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}, 60_000);

describe('packed packages in a plain-npm Express 5 host', () => {
  it('installs without workspace ranges, the test kit or argon2', async () => {
    for (const name of ['core', 'express', 'memory']) {
      const manifest = await readFile(join(expressDir, 'node_modules', '@roster', name, 'package.json'), 'utf8');
      expect(manifest).not.toContain('workspace:');
    }
    expect(existsSync(join(expressDir, 'node_modules', '@roster', 'testing'))).toBe(false);
    expect(existsSync(join(expressDir, 'node_modules', 'argon2'))).toBe(false);
  });

  it('serves all four dialects, and a create with a password, on its own hasher', async () => {
    const host = await start(expressDir, { HOST_HASHER: 'own' });
    await expectFourDialects(host.baseUrl);
    await expectRestV1Create(host.baseUrl, 'second@packed.example.com');
  }, REQUEST_TIMEOUT);

  it('without argon2 and without a hasher, stops at createRoster with a CONFIGURATION_INVALID error that says what to do', async () => {
    const failure = await start(expressDir).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(HostExited);
    expect((failure as HostExited).exitCode).toBe(3);
    const reported = JSON.parse(/START-FAILED (.*)/.exec((failure as HostExited).output)![1]!) as Record<string, string>;
    expect(reported).toMatchObject({ name: 'RosterError', code: 'CONFIGURATION_INVALID' });
    expect(reported['message']).toMatch(/"argon2".*not installed.*npm install argon2.*passwordHasher/);
  }, REQUEST_TIMEOUT);
});

describe('packed packages in a plain-npm NestJS 11 host', () => {
  it('installs without workspace ranges or the test kit', async () => {
    for (const name of ['core', 'memory', 'nestjs']) {
      const manifest = await readFile(join(nestDir, 'node_modules', '@roster', name, 'package.json'), 'utf8');
      expect(manifest).not.toContain('workspace:');
    }
    expect(existsSync(join(nestDir, 'node_modules', '@roster', 'testing'))).toBe(false);
  });

  it('serves all four dialects on the default argon2 hasher', async () => {
    const host = await start(nestDir);
    await expectFourDialects(host.baseUrl);
  }, REQUEST_TIMEOUT);
});

describe('packed packages in a plain-npm Express 5 host on @roster/mikro-orm and SQLite', () => {
  it('applies its migrations at start and serves all four dialects, on its own hasher', async () => {
    const host = await start(sqliteDir, { HOST_STORE: 'sqlite', HOST_HASHER: 'own' });
    await expectFourDialects(host.baseUrl);
    expect(existsSync(join(sqliteDir, 'roster.sqlite'))).toBe(true);
  }, REQUEST_TIMEOUT);
});
