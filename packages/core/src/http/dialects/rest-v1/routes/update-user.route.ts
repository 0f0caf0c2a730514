import { splitName } from '../../../../domain';
import type { UpdateUserInput } from '../../../../services';
import type { RouteHandler } from '../../../dialect-plugin';
import { jsonResponse } from '../../../responses';
import { UpdateUserDto } from '../dto/update-user.dto';
import { keyed, type RestV1Context } from '../rest-v1.context';
import { updatedUserView } from '../user.view';
import { settingsInput } from '../validation/settings-input';
import { validateBody } from '../validation/validate-body';

/** PUT /api/v1/users/{user_id}: 200 `{"data":{id,email,name,role,status,created_at,updated_at}}`. */
export function updateUserRoute(context: RestV1Context): RouteHandler {
  return keyed(context, async (actor, { request, params }) => {
    const body = validateBody(request, UpdateUserDto, context.roster.roleCatalog);
    const input: UpdateUserInput = {
      ...(body.name === undefined ? {} : splitName(body.name)),
      ...(body.email === undefined ? {} : { email: body.email }),
      ...(body.role === undefined ? {} : { role: body.role }),
      ...(body.status === undefined ? {} : { status: body.status }),
      // Replaces the whole object: omitted keys take their defaults again.
      ...(body.settings === undefined ? {} : { settings: settingsInput(body.settings) }),
    };
    const { user } = await context.roster.users.update(actor, { publicId: params['user_id'] ?? '' }, input);
    return jsonResponse(200, { data: updatedUserView(user) });
  });
}
