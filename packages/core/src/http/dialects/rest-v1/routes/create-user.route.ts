import { splitName } from '../../../../domain';
import type { CreateUserInput } from '../../../../services';
import type { RouteHandler } from '../../../dialect-plugin';
import { jsonResponse } from '../../../responses';
import { CreateUserDto } from '../dto/create-user.dto';
import { keyed, type RestV1Context } from '../rest-v1.context';
import { createdUserView } from '../user.view';
import { settingsInput } from '../validation/settings-input';
import { validateBody } from '../validation/validate-body';

/** POST /api/v1/users: 201 `{"data":{id,email,name,role,status:"pending",created_at}}`. */
export function createUserRoute(context: RestV1Context): RouteHandler {
  return keyed(context, async (actor, { request }) => {
    const body = validateBody(request, CreateUserDto, context.roster.roleCatalog);
    const input: CreateUserInput = {
      email: body.email,
      // rest-v1 has no login field: in tenants that identify users by login, the e-mail is the login.
      loginFromEmail: true,
      ...splitName(body.name),
      // New users are always pending; only an update of `status` changes that.
      status: 'pending',
      ...(body.role === undefined ? {} : { role: body.role }),
      ...(body.password === undefined ? {} : { password: body.password }),
      ...(body.settings === undefined ? {} : { settings: settingsInput(body.settings) }),
    };
    const { user } = await context.roster.users.create(actor, input);
    return jsonResponse(201, { data: createdUserView(user) });
  });
}
