import type { RouteHandler } from '../../../dialect-plugin';
import { positiveIntegerParam } from '../../../path-params';
import { jsonResponse } from '../../../responses';
import { authenticate, type ObjectiveContext } from '../objective.context';
import { userNotFound } from '../objective.responses';
import { objectiveUser } from '../user.view';

/** GET /api/users/{user_id} → 200 with the bare user object. */
export function getUserRoute({ roster }: ObjectiveContext): RouteHandler {
  return async ({ request, params }) => {
    const actor = await authenticate(roster, request, 'user:read');
    const id = positiveIntegerParam(params['user_id']);
    if (id === null) return userNotFound();
    return jsonResponse(200, objectiveUser(await roster.users.get(actor, { id }), roster.roleCatalog));
  };
}
