import type { CreateUserInput } from '../../../../services';
import type { RouteHandler } from '../../../dialect-plugin';
import { authenticate, emailTakenLookup, type ObjectiveContext } from '../objective.context';
import { created, invalidBody, validationFailed } from '../objective.responses';
import type { ObjectiveUserFields } from '../validation/user-input.validator';
import { validateUserInput } from '../validation/user-input.validator';
import { readJsonObject } from './request-input';

/** docs/dialects/objective.md: a user created without a password gets 12 random characters. */
const GENERATED_PASSWORD_LENGTH = 12;

/** POST /api/users → 201 `{"message":"User created successfully","user_id":N}`. */
export function createUserRoute(context: ObjectiveContext): RouteHandler {
  const { roster } = context;
  return async ({ request }) => {
    const actor = await authenticate(roster, request, 'user:manage');
    const body = readJsonObject(request.body);
    if (body === null) return invalidBody();
    const result = await validateUserInput(body, { mode: 'create', emailTaken: emailTakenLookup(roster, actor, null) });
    if (!result.ok) return validationFailed(result.errors);
    const { user } = await roster.users.create(actor, createInput(result.fields));
    return created(user.id);
  };
}

/**
 * The spec's defaults, no role (the core gives the tenant's lowest: "whatever is sent"), and
 * in a tenant that identifies users by login, the e-mail as login (the API has no login field).
 */
function createInput(fields: ObjectiveUserFields): CreateUserInput {
  return {
    firstName: 'Student',
    lastName: 'Member',
    source: 'api',
    liveScanner: false,
    ...fields,
    ...(fields.password === undefined ? { generatedPasswordLength: GENERATED_PASSWORD_LENGTH } : {}),
    loginFromEmail: true,
  };
}
