import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPEC_VARIABLE, type EventLoopFigures, type FromServer, type ServerSpec, type ToServer } from '../servers/server-spec';

const ENTRY = join(__dirname, '..', 'servers', 'server-entry.js');
const START_TIMEOUT_MS = 120_000;

/** A server under test, running in its own process so it never shares an event loop with the load. */
export class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    readonly spec: ServerSpec,
  ) {}

  static async start(spec: ServerSpec, extraEnv: Readonly<Record<string, string>> = {}): Promise<ServerProcess> {
    const child = fork(ENTRY, [], {
      // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=./prof" to profile the servers.
      execArgv: [...process.execArgv, ...(process.env['BENCH_SERVER_NODE_ARGS']?.split(' ').filter(Boolean) ?? [])],
      env: { ...process.env, ...extraEnv, [SPEC_VARIABLE]: JSON.stringify(spec) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${spec.kind}: not ready after ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
      child.once('exit', (code) => reject(new Error(`${spec.kind}: exited with ${code} before it was ready`)));
      child.on('message', (message: FromServer) => {
        if (message.type === 'ready') resolve(message.port);
        if (message.type === 'failed') reject(new Error(`${spec.kind}: ${message.message}`));
        if (message.type !== 'probe') clearTimeout(timer);
      });
    }).catch((error: unknown) => {
      child.kill('SIGKILL');
      throw error;
    });
    return new ServerProcess(child, `http://127.0.0.1:${port}`, spec);
  }

  /** Starts measuring the server's event-loop delay. */
  probeStart(): void {
    this.send({ type: 'probe-start' });
  }

  /** Stops measuring and returns what the server saw since `probeStart()`. */
  async probeStop(): Promise<EventLoopFigures> {
    return (await this.ask({ type: 'probe-stop' }, 'probe')).figures;
  }

  /** SQL statements the server has sent to PostgreSQL since it started (every `pg` query call). */
  async queries(): Promise<number> {
    return (await this.ask({ type: 'queries' }, 'queries')).count;
  }

  /** The server's resident set size in bytes (VmRSS of /proc/<pid>/status), null where there is no /proc. */
  rssBytes(): number | null {
    try {
      const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${this.child.pid}/status`, 'utf8'));
      return match === null ? null : Number(match[1]) * 1024;
    } catch {
      return null;
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  private send(message: ToServer): void {
    this.child.send(message);
  }

  /** Sends `message` and resolves with the server's next answer of type `answer`. */
  private ask<Type extends FromServer['type']>(message: ToServer, answer: Type): Promise<Extract<FromServer, { type: Type }>> {
    return new Promise((resolve) => {
      const listener = (reply: FromServer): void => {
        if (reply.type !== answer) return;
        this.child.off('message', listener);
        resolve(reply as Extract<FromServer, { type: Type }>);
      };
      this.child.on('message', listener);
      this.send(message);
    });
  }
}

/** Starts several servers, stopping the started ones if one fails. */
export async function startAll(specs: readonly ServerSpec[]): Promise<ServerProcess[]> {
  const started: ServerProcess[] = [];
  try {
    for (const spec of specs) started.push(await ServerProcess.start(spec));
    return started;
  } catch (error) {
    await stopAll(started);
    throw error;
  }
}

export async function stopAll(servers: readonly ServerProcess[]): Promise<void> {
  await Promise.all(servers.map((server) => server.stop()));
}
