import type { RouteMatch } from '@roster/core/http';
import type { RouteBase } from './route-base';

/** One mounted dialect as the paths see it: its mount prefix and its one route lookup. */
export interface MountMatcher {
  /** As given (`''` at the root). */
  readonly prefix: string;
  match(method: string, path: string): RouteMatch | null;
}

/** A request matched to mount `index`: the path below its mount point and the dialect's match. */
export interface MountedMatch {
  readonly index: number;
  readonly path: string;
  readonly match: RouteMatch;
}

interface MountPaths {
  readonly prefix: string;
  readonly matcher: MountMatcher;
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
    mounts: readonly MountMatcher[],
    private readonly base: () => RouteBase,
  ) {
    this.mounts = mounts.map((matcher) => ({ prefix: normalizePrefix(matcher.prefix), matcher }));
  }

  /**
   * The request's route: in mount `only` when given, else in the first mount that has one; null
   * when none serves this method and URL path. The dialect's `match` is the only route lookup.
   */
  match(method: string, urlPath: string, only?: number): MountedMatch | null {
    const indexes = only === undefined ? this.mounts.keys() : [only];
    for (const index of indexes) {
      const mount = this.mounts[index];
      if (mount === undefined) continue;
      for (const prefix of this.candidatePrefixes(mount)) {
        const path = stripPrefix(urlPath, prefix);
        const match = path === null ? null : mount.matcher.match(method, path);
        if (match !== null && path !== null) return { index, path, match };
      }
    }
    return null;
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
