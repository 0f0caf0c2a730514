import type { RouteHandler } from '../../../dialect-plugin';
import { emptyResponse } from '../../../responses';

/** Any other method on /api/user: 405, empty body, `Allow: PATCH, POST`, before anything is read. */
export function methodNotAllowedRoute(): RouteHandler {
  const response = emptyResponse(405, { Allow: 'PATCH, POST' });
  return () => Promise.resolve(response);
}
