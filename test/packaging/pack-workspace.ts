import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const WORKSPACE_ROOT = resolve(__dirname, '..', '..');

/** The packages a host installs (all of packages/* except the test kit, which no host needs, and the console). */
export const HOST_PACKAGES = ['core', 'memory', 'express', 'nestjs', 'mikro-orm', 'cli'] as const;
export type HostPackage = (typeof HOST_PACKAGES)[number];

/**
 * The environment of a child npm, pnpm or host: without what pnpm set for this run, above all
 * `NODE_PATH` (pnpm's bin shims point it at the workspace's `.pnpm/node_modules`, where a host
 * would find packages it never installed, argon2 among them).
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && !['INIT_CWD', 'NODE_PATH', 'PNPM_SCRIPT_SRC_DIR'].includes(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/** Builds the packages whose dist/ is missing (tsc, as `pnpm build` does). */
export async function buildMissing(): Promise<void> {
  const missing = ['core', ...HOST_PACKAGES.filter((name) => name !== 'core')].filter(
    (name) => !existsSync(join(WORKSPACE_ROOT, 'packages', name, 'dist', 'index.js')),
  );
  // In order: core first, as the others type-check against its declarations.
  for (const name of missing) {
    await run('pnpm', ['run', 'build'], { cwd: join(WORKSPACE_ROOT, 'packages', name), env: cleanEnv(), timeout: 300_000 });
  }
}

/** `pnpm pack` of each package into `destination`; answers the tarball of each package. */
export async function packAll(destination: string): Promise<Record<HostPackage, string>> {
  const tarballs = {} as Record<HostPackage, string>;
  for (const name of HOST_PACKAGES) {
    const before = new Set(await readdir(destination));
    await run('pnpm', ['pack', '--pack-destination', destination], {
      cwd: join(WORKSPACE_ROOT, 'packages', name),
      env: cleanEnv(),
      timeout: 120_000,
    });
    const made = (await readdir(destination)).filter((file) => !before.has(file) && file.endsWith('.tgz'));
    if (made.length !== 1) throw new Error(`pnpm pack of ${name} made ${made.length} tarballs`);
    tarballs[name] = join(destination, made[0]!);
  }
  return tarballs;
}
