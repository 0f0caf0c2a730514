/** Joins mount prefixes and a route path into one path: one leading slash, no doubled or trailing ones. */
export function joinPaths(...parts: readonly string[]): string {
  const joined = parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter((part) => part !== '')
    .join('/');
  return `/${joined}`;
}

/** A route table's path (`/api/users/:user_id`) as an OpenAPI path template (`/api/users/{user_id}`). */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
}
