import type { RouteHandler } from '../../../dialect-plugin';
import { jsonResponse } from '../../../responses';
import { keyed, type RestV1Context } from '../rest-v1.context';
import { userDetailView } from '../user.view';

/** GET /api/v1/users/{user_id}: 200 `{"data":{…, last_login, settings, profile}}`. */
export function getUserRoute(context: RestV1Context): RouteHandler {
  return keyed(context, async (actor, { params }) => {
    const user = await context.roster.users.get(actor, { publicId: params['user_id'] ?? '' });
    const schema = await context.roster.users.profileSchema(actor);
    return jsonResponse(200, { data: userDetailView(user, schema) });
  });
}
