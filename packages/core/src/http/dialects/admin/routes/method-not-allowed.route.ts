import type { RouteHandler } from '../../../dialect-plugin';
import { ADMIN_OWN_PROBLEMS } from '../admin.errors';
import { problemResponse } from '../problem.response';

/** Any other method on a known path: 405 problem with `Allow`, before authentication. */
export function methodNotAllowedRoute(allowed: readonly string[]): RouteHandler {
  const response = problemResponse(ADMIN_OWN_PROBLEMS.METHOD_NOT_ALLOWED, `Use ${allowed.join(' or ')}.`, {
    headers: { Allow: allowed.join(', ') },
  });
  return () => Promise.resolve(response);
}
