import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../mikro-orm/src/test-support/test-databases';
import { freshSqliteUrl } from './test-support/cli-runs';

// The built command as a shell runs it: `pnpm --filter @roster/cli build` first.
const BIN = join(__dirname, '..', 'dist', 'main.js');

jest.setTimeout(60_000);

interface Finished {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function roster(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Finished> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { env: { PATH: process.env.PATH, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        resolve({ code: child.exitCode ?? (error ? -1 : 0), stdout, stderr });
      },
    );
  });
}

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run pnpm --filter @roster/cli build`);
});

describe.each([
  ['SQLite', (): Promise<TestDatabase> => Promise.resolve({ url: freshSqliteUrl(), drop: () => Promise.resolve() })],
  ['PostgreSQL', async (): Promise<TestDatabase> => createTestDatabase('postgresql')],
])('node dist/main.js on %s', (_kind, fresh) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await fresh();
  });
  afterEach(() => database.drop());

  it('creates a tenant and a key: the secret on stdout once, never on stderr; exit 0, then 1 for a taken name', async () => {
    const env = { DATABASE_URL: database.url };
    const tenant = await roster(['tenant', 'create', 'acme', '--json'], env);
    expect(tenant.code).toBe(0);
    expect(JSON.parse(tenant.stdout)).toMatchObject({ name: 'acme' });

    const key = await roster(['key', 'create', '--tenant', 'acme', '--role', 'administrator'], env);
    expect(key.code).toBe(0);
    const secret = key.stdout.trim().split('\n').at(-1)!;
    expect(secret).toMatch(/^rk_[A-Za-z0-9_-]{40}$/);
    expect(key.stdout.split(secret)).toHaveLength(2); // printed exactly once
    expect(key.stderr).not.toContain(secret);

    const list = await roster(['key', 'list', '--tenant', 'acme', '--json'], env);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(1);
    expect(list.stdout + list.stderr).not.toContain(secret);

    const taken = await roster(['tenant', 'create', 'acme'], env);
    expect(taken).toMatchObject({ code: 1, stdout: '', stderr: 'roster: TENANT_NAME_TAKEN: another tenant has this name\n' });
  });
});

describe('node dist/main.js without a database', () => {
  it('exits 0 on --help and 2 on misuse, without a stack', async () => {
    const help = await roster(['key', 'create', '--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: roster key create [options]');
    const misuse = await roster(['key', 'create'], { DATABASE_URL: freshSqliteUrl() });
    expect(misuse.code).toBe(2);
    expect(misuse.stderr).toContain("required option '--tenant <id|name>' not specified");
    const noUrl = await roster(['tenant', 'list'], {});
    expect(noUrl.code).toBe(2);
    const unreachable = await roster(['tenant', 'list'], { DATABASE_URL: 'postgres://roster:s3cret@127.0.0.1:1/none' });
    expect(unreachable).toMatchObject({ code: 1, stdout: '', stderr: 'roster: STORE_UNAVAILABLE: the database cannot be reached\n' });
  });
});
