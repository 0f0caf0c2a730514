import type { RouteHandler } from '../../../dialect-plugin';
import type { ObjectiveContext } from '../objective.context';
import { routeNotFound } from '../objective.responses';

/**
 * The disabled routes (GET /api/users, DELETE /api/users/{user_id}) and every other method on
 * the API's paths: Laravel answers a path without a route before any middleware runs, so no key
 * is needed and none is checked.
 */
export function routeNotFoundRoute({ prefix }: ObjectiveContext): RouteHandler {
  return ({ request }) => Promise.resolve(routeNotFound(`${prefix}${request.path}`));
}
