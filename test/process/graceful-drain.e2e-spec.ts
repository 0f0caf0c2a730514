import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Graceful shutdown of the built example hosts (Express, NestJS) as processes (`node dist/main.js`), with a
 * request in flight when SIGTERM arrives: readiness turns down first, the request in flight is
 * answered, then the host exits 0; a request that does not finish within ROSTER_DRAIN_TIMEOUT_MS
 * has its connection closed and the host still exits 0. Needs `pnpm build` first.
 */
const root = join(__dirname, '..', '..');
const HOSTS = [
  ['Express', join(root, 'examples', 'express-host', 'dist', 'main.js')],
  ['NestJS', join(root, 'examples', 'nestjs-host', 'dist', 'main.js')],
] as const;
const WAIT_MS = 60_000;
jest.setTimeout(3 * WAIT_MS);

const KEY = 'rk_demo_admin_5f8e2c1a9b7d4e6f';

type Host = ChildProcessByStdio<null, Readable, Readable>;

interface Started {
  readonly child: Host;
  readonly port: number;
  /** Resolves when stdout has printed a line matching `pattern`. */
  printed(pattern: RegExp): Promise<void>;
  readonly exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

async function start(main: string, env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATABASE_URL: 'memory', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiting: { pattern: RegExp; resolve: () => void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const wait of waiting.filter((entry) => entry.pattern.test(stdout))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve();
    }
  });
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
  const printed = (pattern: RegExp) =>
    pattern.test(stdout)
      ? Promise.resolve()
      : Promise.race([
          new Promise<void>((resolve) => waiting.push({ pattern, resolve })),
          exited.then((exit) =>
            Promise.reject(new Error(`exited (${exit.code}) before printing ${pattern}: ${exit.stdout} ${exit.stderr}`)),
          ),
        ]);
  await printed(/listening on http:\/\/\S+:\d+/);
  const port = Number(/listening on http:\/\/\S+:(\d+)/.exec(stdout)![1]);
  return { child, port, printed, exited };
}

/** A raw connection, so a request can be left half-sent. `next()` resolves with the next full answer's head. */
async function rawConnection(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let received = '';
  socket.on('data', (chunk: Buffer) => void (received += chunk.toString('latin1')));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const answered = (count: number) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const heads = received.split(/(?=HTTP\/1\.1 )/);
        if (heads.length >= count && heads[count - 1]!.includes('\r\n\r\n')) resolve(heads[count - 1]!.split('\r\n', 1)[0]!);
      };
      socket.on('data', check);
      void closed.then(() => reject(new Error(`connection closed after: ${received}`)));
      check();
    });
  return { socket, answered, closed, received: () => received };
}

const body = JSON.stringify({ email: 'in.flight@demo.example.com', name: 'In Flight' });
const postHead = [
  'POST /api/v1/users HTTP/1.1',
  'Host: 127.0.0.1',
  `Authorization: Bearer ${KEY}`,
  'Content-Type: application/json',
  `Content-Length: ${Buffer.byteLength(body)}`,
  '',
  '',
].join('\r\n');

/** One complete request first, so the connection is surely accepted, then a POST with half its body. */
async function requestInFlight(port: number) {
  const connection = await rawConnection(port);
  connection.socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
  expect(await connection.answered(1)).toBe('HTTP/1.1 200 OK');
  connection.socket.write(postHead + body.slice(0, 10));
  return connection;
}

describe.each(HOSTS)('%s example host: graceful shutdown on SIGTERM', (_name, main) => {
  beforeAll(() => {
    if (!existsSync(main)) throw new Error(`${main} is missing: run pnpm build first`);
  });

  it('readiness down first, then no new connections, the request in flight answered, exit 0', async () => {
    const host = await start(main, { ROSTER_DRAIN_DELAY_MS: '3000', ROSTER_DRAIN_TIMEOUT_MS: String(WAIT_MS) });
    try {
      const inFlight = await requestInFlight(host.port);
      host.child.kill('SIGTERM');
      await host.printed(/roster: draining: readiness is down/);
      // Never 200 once draining: 503 (shutdown) while the drain delay lasts, refused after it.
      const ready = await fetch(`http://127.0.0.1:${host.port}/roster/health/ready`).then(
        async (answer) => ({ status: answer.status, body: await answer.json() }),
        () => 'refused' as const,
      );
      if (ready !== 'refused')
        expect(ready).toEqual({ status: 503, body: { status: 'down', components: { shutdown: { status: 'down', durationMs: 0 } } } });
      await host.printed(/roster: draining: no new connections/);
      inFlight.socket.write(body.slice(10));
      expect(await inFlight.answered(2)).toBe('HTTP/1.1 201 Created');
      const exit = await host.exited;
      expect(exit.code).toBe(0);
      expect(exit.stderr).toBe('');
      const steps = exit.stdout.split('\n').filter((line) => line.startsWith('roster: drain'));
      expect(steps).toEqual([
        'roster: draining: readiness is down; still serving for 3000 ms',
        'roster: draining: no new connections; finishing the requests in flight',
        'roster: drained',
      ]);
    } finally {
      host.child.kill('SIGKILL');
    }
  });

  it('a request that does not finish within ROSTER_DRAIN_TIMEOUT_MS has its connection closed; exit 0', async () => {
    const host = await start(main, { ROSTER_DRAIN_TIMEOUT_MS: '200' });
    try {
      const inFlight = await requestInFlight(host.port);
      host.child.kill('SIGTERM');
      await inFlight.closed;
      expect(inFlight.received()).not.toContain('201');
      const exit = await host.exited;
      expect(exit.code).toBe(0);
      expect(exit.stdout).toContain('roster: drained; 1 connection(s) cut at the drain timeout');
    } finally {
      host.child.kill('SIGKILL');
    }
  });
});
