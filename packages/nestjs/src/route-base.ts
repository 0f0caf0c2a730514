import type { ModuleRef, ModulesContainer } from '@nestjs/core';

/** What Nest puts in front of Roster's controller paths. */
export interface RouteBase {
  /** What `app.setGlobalPrefix()` was given (`''` when it was not called). */
  readonly prefix: string;
  /** True when `setGlobalPrefix(prefix, { exclude })` excludes some routes from it. */
  readonly hasExclusions: boolean;
  /** The path `RouterModule.register()` gives RosterModule (`''` when none). */
  readonly modulePath: string;
}

interface PrefixConfig {
  // Read from Nest's internals, which do not promise a string.
  getGlobalPrefix(): string | undefined;
  getGlobalPrefixOptions?(): { readonly exclude?: readonly unknown[] };
}

/** Nest's MODULE_PATH metadata key (RouterModule), suffixed with the application's id. */
const MODULE_PATH = '__module_path__';

/**
 * Reads, when asked, where Nest mounts the controllers of `moduleClass` (hosts call
 * `setGlobalPrefix` after the module is built). The module path is Nest's public RouterModule
 * metadata. For the global prefix Nest offers providers no public way, so this reads the
 * application config that every module reference holds (`ModuleRef.container.applicationConfig`,
 * the same in Nest 11 and 12); should a future Nest move it, `onMissing` is told once and no
 * prefix is assumed (the generated routes then fall back to the host parser's `req.body`).
 */
export function routeBaseReader(
  moduleClass: object,
  moduleRef: ModuleRef,
  modules: ModulesContainer,
  onMissing: () => void,
): () => RouteBase {
  let warned = false;
  return () => {
    const modulePath = String(
      Reflect.getMetadata(MODULE_PATH + modules.applicationId, moduleClass) ?? Reflect.getMetadata(MODULE_PATH, moduleClass) ?? '',
    );
    const config = applicationConfigOf(moduleRef);
    if (config === null) {
      if (!warned) onMissing();
      warned = true;
      return { prefix: '', hasExclusions: false, modulePath };
    }
    const exclude = config.getGlobalPrefixOptions?.().exclude;
    return { prefix: config.getGlobalPrefix() ?? '', hasExclusions: Array.isArray(exclude) && exclude.length > 0, modulePath };
  };
}

function applicationConfigOf(moduleRef: ModuleRef): PrefixConfig | null {
  const container = (moduleRef as unknown as { container?: { applicationConfig?: unknown } }).container;
  const config = container?.applicationConfig as Partial<PrefixConfig> | undefined;
  return config !== undefined && typeof config.getGlobalPrefix === 'function' ? (config as PrefixConfig) : null;
}
