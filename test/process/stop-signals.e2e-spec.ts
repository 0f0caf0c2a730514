import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The built example hosts as `pnpm start` / `pnpm start:nest` run them (`node dist/main.js`),
 * started as processes and stopped the way a terminal (Ctrl-C: SIGINT) or a process manager
 * (SIGTERM) stops them: each closes its server and Roster's stores (the SQLite file's
 * write-ahead log is gone) and exits 0. Needs `pnpm build` first (CI builds before testing).
 */

const root = join(__dirname, '..', '..');
/**
 * How long a start or a stop may take before the test gives up: a start loads NestJS or Express,
 * MikroORM and the migrations in a new process, which took over 20 s with two CI runs on 2 cores.
 */
const WAIT_MS = 60_000;
jest.setTimeout(3 * WAIT_MS);

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** Starts `command`, waits for the host's "listening on <url>" line, checks /health, sends `signal`, waits for the exit. */
async function startAndStop(
  command: string,
  args: readonly string[],
  cwd: string,
  databaseUrl: string,
  signal: NodeJS.Signals,
): Promise<Exit> {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, PORT: '0', DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, sig) => resolve({ code, signal: sig, stderr })));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not listening within ${WAIT_MS} ms; stdout: ${stdout} stderr: ${stderr}`)), WAIT_MS);
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      void exited.then((exit) => reject(new Error(`exited before listening (${exit.code ?? exit.signal}): ${stderr}`)));
    });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    child.kill(signal);
    const timeout = new Promise<never>((_resolve, reject) =>
      setTimeout(() => reject(new Error(`still running ${WAIT_MS} ms after ${signal}`)), WAIT_MS).unref(),
    );
    return await Promise.race([exited, timeout]);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

describe.each([
  ['Express example host (pnpm start)', 'examples/express-host'],
  ['NestJS example host (pnpm start:nest)', 'examples/nestjs-host'],
])('%s stopped by a signal', (_name, dir) => {
  const main = join(root, dir, 'dist', 'main.js');
  let dataDir: string;
  beforeAll(() => {
    if (!existsSync(main)) throw new Error(`${main} is missing: run pnpm build first`);
  });
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'roster-signal-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each(['SIGTERM', 'SIGINT'] as const)('%s: closes its stores and exits 0', async (signal) => {
    const file = join(dataDir, 'roster.sqlite');
    const exit = await startAndStop(process.execPath, [main], root, `sqlite:${file}`, signal);
    expect(exit).toEqual({ code: 0, signal: null, stderr: '' });
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});

describe('through pnpm (what `pnpm start:nest` runs after building)', () => {
  it('Ctrl-C (SIGINT to pnpm) reaches the host, which closes; pnpm exits 0', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'roster-signal-'));
    try {
      const file = join(dataDir, 'roster.sqlite');
      const exit = await startAndStop('pnpm', ['--filter', '@roster/example-nestjs-host', 'start'], root, `sqlite:${file}`, 'SIGINT');
      expect(exit).toMatchObject({ code: 0, signal: null });
      expect(existsSync(`${file}-wal`)).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
