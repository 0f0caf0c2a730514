import type { RouteHandler } from '../../../dialect-plugin';
import { positiveIntegerParam } from '../../../path-params';
import { authenticate, emailTakenLookup, type ObjectiveContext } from '../objective.context';
import { invalidBody, updated, userNotFound, validationFailed } from '../objective.responses';
import { validateUserInput } from '../validation/user-input.validator';
import { readJsonObject } from './request-input';

/**
 * PUT /api/users/{user_id}: the fields sent change. Order, as the Laravel app would answer:
 * key and permission (403 `{}`), the body (422), then the user: unknown or out of scope (404),
 * backend access (403), ranked above the key (403 `{}`).
 */
export function updateUserRoute({ roster }: ObjectiveContext): RouteHandler {
  return async ({ request, params }) => {
    const actor = await authenticate(roster, request, 'user:manage');
    const body = readJsonObject(request.body);
    if (body === null) return invalidBody();
    const id = positiveIntegerParam(params['user_id']);
    const result = await validateUserInput(body, { mode: 'update', emailTaken: emailTakenLookup(roster, actor, id) });
    if (!result.ok) return validationFailed(result.errors);
    if (id === null) return userNotFound();
    await roster.users.update(actor, { id }, result.fields, { refuseBackendAccess: true });
    return updated();
  };
}
