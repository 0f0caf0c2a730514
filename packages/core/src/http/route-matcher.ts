import type { Route, RouteMatch } from './http.types';

export interface CompiledRoute {
  readonly route: Route;
  readonly pattern: RegExp;
  readonly paramNames: readonly string[];
}

export function compileRoute(route: Route): CompiledRoute {
  return { route, ...pathPattern(route.path) };
}

/** `/api/users/:user_id` → a regular expression over one path, trailing slash allowed. */
export function pathPattern(path: string): { readonly pattern: RegExp; readonly paramNames: readonly string[] } {
  const paramNames: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return escapeRegExp(segment);
      paramNames.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}/?$`), paramNames };
}

/**
 * The route for this method and path: an exact method first, then a `*` route of the same
 * path. Returns null when no route has this path (the request is not the dialect's), and also
 * when the path has routes but none for this method and no `*` route.
 */
export function matchRoute(routes: readonly CompiledRoute[], method: string, path: string): RouteMatch | null {
  let fallback: RouteMatch | null = null;
  for (const compiled of routes) {
    const found = compiled.pattern.exec(path);
    if (!found) continue;
    const params: Record<string, string> = {};
    compiled.paramNames.forEach((name, i) => (params[name] = safeDecode(found[i + 1] ?? '')));
    if (compiled.route.method === method) return { route: compiled.route, params };
    if (compiled.route.method === '*' && fallback === null) fallback = { route: compiled.route, params };
  }
  return fallback;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
