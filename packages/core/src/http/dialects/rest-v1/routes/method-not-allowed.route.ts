import type { RouteHandler } from '../../../dialect-plugin';
import { failure } from '../rest-v1.responses';

/** Any other method on a known path: 405 with `Allow`, before authentication (nothing is read). */
export function methodNotAllowedRoute(allowed: readonly string[]): RouteHandler {
  const response = failure(405, 'Method not allowed', { Allow: allowed.join(', ') });
  return () => Promise.resolve(response);
}
