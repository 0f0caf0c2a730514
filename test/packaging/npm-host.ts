import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cleanEnv } from './pack-workspace';

const run = promisify(execFile);

/**
 * Writes a host's package.json and runs a plain `npm install` in its directory (registry only, no
 * workspace); `env` adds to npm's environment (native prebuilds, see native-prebuilds.ts).
 */
export async function npmInstall(dir: string, dependencies: Record<string, string>, env: Record<string, string> = {}): Promise<void> {
  const manifest = { name: 'packed-host', version: '1.0.0', private: true, dependencies };
  await writeFile(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: dir,
    // Native builds (argon2, better-sqlite3) against the local Node headers when no prebuilt binary fits.
    env: cleanEnv({ npm_config_nodedir: '/usr', ...env }),
    timeout: 600_000,
    maxBuffer: 16 * 1024 * 1024,
  });
}

export interface StartedHost {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/** What a host's script printed before it exited, when it exits instead of listening. */
export class HostExited extends Error {
  constructor(
    readonly exitCode: number | null,
    readonly output: string,
  ) {
    super(`host exited with ${exitCode} before listening:\n${output}`);
  }
}

/**
 * Starts `node <script>` in `dir` and waits for the `LISTENING <port>` line the host scripts
 * print once they listen on port 0 of 127.0.0.1.
 */
export function startHost(dir: string, script: string, env: Record<string, string> = {}): Promise<StartedHost> {
  const child = spawn(process.execPath, [script], { cwd: dir, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`host did not listen within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const port = /LISTENING (\d+)/.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      resolvePromise({ baseUrl: `http://127.0.0.1:${port}`, stop: () => stop(child) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new HostExited(code, output));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}
