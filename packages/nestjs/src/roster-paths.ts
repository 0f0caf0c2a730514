import { pathPattern } from '@roster/core/http';
import type { RouteBase } from './route-base';
import type { NormalizedMount } from './roster-module.options';

interface MountPaths {
  readonly prefix: string;
  readonly patterns: readonly RegExp[];
}

/**
 * Where Roster's routes sit in the application's URL space: Nest's global prefix (when the
 * route is not excluded from it), RouterModule's path for RosterModule if any, the dialect's
 * mount prefix, then the route's path.
 * Prefixes compare case-insensitively and route paths case-sensitively, as on the Express
 * adapter (Express mounts ignore case; the dialects' route matching does not).
 */
export class RosterPaths {
  private readonly mounts: readonly MountPaths[];

  constructor(
    mounts: readonly NormalizedMount[],
    private readonly base: () => RouteBase,
  ) {
    this.mounts = mounts.map((mount) => ({
      prefix: normalizePrefix(mount.prefix),
      patterns: mount.dialect.routes.map((route) => pathPattern(route.path).pattern),
    }));
  }

  /**
   * The path below the mount point of mount `index` (what the dialect sees), or null when the
   * URL path is none of that mount's routes.
   */
  below(index: number, urlPath: string): string | null {
    const mount = this.mounts[index];
    if (mount === undefined) return null;
    for (const prefix of this.candidatePrefixes(mount)) {
      const rest = stripPrefix(urlPath, prefix);
      if (rest !== null && mount.patterns.some((pattern) => pattern.test(rest))) return rest;
    }
    return null;
  }

  /** True when the URL path is one of the routes of any mount. */
  isRosterPath(urlPath: string): boolean {
    return this.mounts.some((_mount, index) => this.below(index, urlPath) !== null);
  }

  private candidatePrefixes(mount: MountPaths): string[] {
    const base = this.base();
    const prefix = normalizePrefix(base.prefix);
    const local = normalizePrefix(base.modulePath) + mount.prefix;
    if (prefix === '') return [local];
    // A route excluded from the global prefix is served without it.
    return base.hasExclusions ? [prefix + local, local] : [prefix + local];
  }
}

/** `api`, `/api/` → `/api`; `''` and `/` → `''`. */
export function normalizePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `/${trimmed}`;
}

/** The path after `prefix` (at a segment boundary), `/` when nothing is left; null when absent. */
export function stripPrefix(path: string, prefix: string): string | null {
  if (prefix === '') return path;
  if (path.length < prefix.length || path.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase()) return null;
  const rest = path.slice(prefix.length);
  if (rest === '') return '/';
  return rest.startsWith('/') ? rest : null;
}
