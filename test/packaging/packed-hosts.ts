import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOOTSTRAP } from './host-scripts';
import { betterSqlitePrebuild } from './native-prebuilds';
import { npmInstall, startHost, type StartedHost } from './npm-host';
import { buildMissing, packAll, type HostPackage } from './pack-workspace';

/** npm installs (and native builds) take minutes on a busy machine. */
export const SETUP_TIMEOUT = 15 * 60_000;
export const REQUEST_TIMEOUT = 120_000;

/** The temp dirs, tarballs and started processes of one spec file; `cleanUp` leaves nothing behind. */
export class PackedHosts {
  private readonly dirs: string[] = [];
  private readonly started: StartedHost[] = [];
  private packed?: Record<HostPackage, string>;
  private installEnv: Record<string, string> = {};

  /** Builds what is missing and packs every host package (once per spec file), with the native prebuilds. */
  async pack(): Promise<void> {
    await buildMissing();
    const packs = await this.tempDir('packs');
    this.packed = await packAll(packs);
    this.installEnv = await betterSqlitePrebuild(packs);
  }

  /** `file:` dependencies on the packed tarballs of `names`. */
  tarballs(names: HostPackage[]): Record<string, string> {
    const packed = this.packed;
    if (!packed) throw new Error('pack() first');
    return Object.fromEntries(names.map((name) => [`@roster/${name}`, `file:${packed[name]}`]));
  }

  /** A fresh host directory with its script, the bootstrap file and its npm install done. */
  async install(label: string, script: string, dependencies: Record<string, string>): Promise<string> {
    const dir = await this.tempDir(label);
    await writeFile(join(dir, 'bootstrap.json'), JSON.stringify(BOOTSTRAP));
    await writeFile(join(dir, 'host.js'), script);
    await npmInstall(dir, dependencies, this.installEnv);
    return dir;
  }

  async start(dir: string, env: Record<string, string> = {}): Promise<StartedHost> {
    const host = await startHost(dir, 'host.js', env);
    this.started.push(host);
    return host;
  }

  async cleanUp(): Promise<void> {
    await Promise.all(this.started.map((host) => host.stop()));
    await Promise.all(this.dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }

  private async tempDir(label: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), `roster-packed-${label}-`));
    this.dirs.push(dir);
    return dir;
  }
}
