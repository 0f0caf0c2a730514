import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { WORKSPACE_ROOT } from './pack-workspace';

const run = promisify(execFile);

/**
 * A prebuilt better-sqlite3 binary for a packed host's `npm install`, made from the workspace's own
 * build of the same version (this machine cannot download prebuilds, so npm would otherwise compile
 * SQLite from source, a minute and more of every run). It is a tarball in prebuild-install's own
 * layout in `dir`, and the environment that points prebuild-install's documented `local-prebuilds`
 * option there. When the host resolves another version, or the workspace has no build for this
 * Node, nothing is offered and npm builds from source as before.
 */
export async function betterSqlitePrebuild(dir: string): Promise<Record<string, string>> {
  const packageDir = workspaceBetterSqlite();
  const binary = join(packageDir, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(binary)) return {};
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const tarball = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  await run('tar', ['-czf', join(dir, tarball), '-C', packageDir, 'build/Release/better_sqlite3.node']);
  return { npm_config_better_sqlite3_local_prebuilds: dir };
}

/** The better-sqlite3 that the workspace's @mikro-orm/better-sqlite loads. */
function workspaceBetterSqlite(): string {
  const driver = dirname(
    require.resolve('@mikro-orm/better-sqlite/package.json', { paths: [join(WORKSPACE_ROOT, 'packages', 'mikro-orm')] }),
  );
  return dirname(require.resolve('better-sqlite3/package.json', { paths: [driver] }));
}
