import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/**
 * Child processes for the cluster tests: Express example hosts (`node dist/main.js`, each on a
 * port of its own, so the client spreads requests round-robin and one can be killed alone) and
 * a redis-server of the test's own on a free port (never the machine's Redis at 6379).
 */
const root = join(__dirname, '..', '..');
export const HOST_ENTRY = join(root, 'examples', 'express-host', 'dist', 'main.js');

export interface HostProcess {
  readonly child: ChildProcess;
  readonly baseUrl: string;
  /** SIGTERM (a graceful drain) and wait for the exit; nothing when it is gone already. */
  stop(): Promise<void>;
}

/** Resolves when the child printed `ready` (a regular expression on its stdout), rejects when it exits or takes longer than `ms`. */
function waitForOutput(child: ChildProcess, ready: RegExp, ms: number, what: string): Promise<RegExpExecArray> {
  let stdout = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${what} not ready within ${ms} ms: ${stdout.slice(-2000)} ${stderr.slice(-2000)}`));
    }, ms);
    const onData = (chunk: Buffer): void => {
      // Keep a tail only: the hosts log one line per request.
      stdout = (stdout + chunk.toString()).slice(-8000);
      const match = ready.exec(stdout);
      if (match) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve(match);
      }
    };
    const onExit = (code: number | null): void => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}): ${stdout.slice(-2000)} ${stderr.slice(-2000)}`));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-8000)));
    child.once('exit', onExit);
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
}

/** One Express example host on a free port with `env` added to this process's environment. */
export async function startHostProcess(env: Record<string, string>, ms: number): Promise<HostProcess> {
  const child = spawn(process.execPath, [HOST_ENTRY], {
    cwd: root,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const match = await waitForOutput(child, /listening on (http:\/\/\S+)/, ms, 'example host').catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return { child, baseUrl: match[1]!, stop: stopper(child) };
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RedisProcess {
  readonly port: number;
  /** Stops it (SIGTERM, nothing saved) and waits for the exit. */
  stop(): Promise<void>;
}

/** `redis-server --port N --save "" --appendonly no`: nothing on disk, gone with the process. */
export async function startRedisServer(port: number, ms = 10_000): Promise<RedisProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await waitForOutput(child, /Ready to accept connections/, ms, `redis-server on ${port}`).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  // Keep reading, so the child never blocks on a full pipe.
  child.stdout.resume();
  return { port, stop: stopper(child) };
}
