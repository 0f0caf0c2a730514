import type { RouteHandler } from '../../dialect-plugin';
import { textResponse } from '../../responses';
import { ISPRING_TEXT } from './ispring.errors';

/** Any other method on a known path: 405 with the methods the path has. */
export function methodNotAllowedRoute(allow: readonly string[]): RouteHandler {
  const response = textResponse(405, ISPRING_TEXT.methodNotAllowed, { Allow: allow.join(', ') });
  return () => Promise.resolve(response);
}
