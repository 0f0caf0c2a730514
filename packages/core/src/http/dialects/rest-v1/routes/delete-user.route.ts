import type { RouteHandler } from '../../../dialect-plugin';
import { jsonResponse } from '../../../responses';
import { keyed, type RestV1Context } from '../rest-v1.context';

/** DELETE /api/v1/users/{user_id}: 200 `{"success":true,"message":"User deleted successfully"}`. */
export function deleteUserRoute(context: RestV1Context): RouteHandler {
  return keyed(context, async (actor, { params }) => {
    await context.roster.users.delete(actor, { publicId: params['user_id'] ?? '' });
    return jsonResponse(200, { success: true, message: 'User deleted successfully' });
  });
}
