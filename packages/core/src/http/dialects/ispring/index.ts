import { RosterError } from '../../../errors';
import type { Roster } from '../../../roster.types';
import { createDialect } from '../../create-dialect';
import { bindRoutes, type DialectBaseOptions, type DialectPlugin } from '../../dialect-plugin';
import type { Dialect } from '../../http.types';
import { createUserRoute } from './create-user.route';
import { deleteUserRoute } from './delete-user.route';
import { ISPRING_ERROR_OVERRIDES } from './error-overrides';
import { getUserRoute } from './get-user.route';
import { ispringErrors, ispringPayloadTooLarge } from './ispring.errors';
import { ISPRING_ROUTES } from './ispring.routes';
import { ISPRING_API } from './ispring.openapi';
import { listUsersRoute } from './list-users.route';
import { methodNotAllowedRoute } from './method-not-allowed.route';
import { profileFieldsRoute } from './profile-fields.route';
import { updateUserRoute } from './update-user.route';

export { ISPRING_ROUTES } from './ispring.routes';
export { ISPRING_TEXT } from './ispring.errors';

export interface IspringDialectOptions extends DialectBaseOptions {
  /** Most users one `GET /user` answer carries (default 1000); `X-Page` reaches the rest. */
  readonly listLimit?: number;
}

export const DEFAULT_ISPRING_LIST_LIMIT = 1000;

/** The `ispring` dialect (iSpring Learn's first-generation REST API): docs/dialects/ispring.md. */
export function createIspringDialect(roster: Roster, options: IspringDialectOptions = {}): Dialect {
  const listLimit = options.listLimit ?? DEFAULT_ISPRING_LIST_LIMIT;
  if (!Number.isSafeInteger(listLimit) || listLimit < 1) {
    throw new RosterError('CONFIGURATION_INVALID', 'ispring: listLimit must be a positive integer');
  }
  return createDialect({
    name: 'ispring',
    prefix: options.prefix ?? '',
    errors: ispringErrors,
    errorOverrides: ISPRING_ERROR_OVERRIDES,
    payloadTooLarge: ispringPayloadTooLarge,
    logger: roster.logger,
    telemetry: roster.telemetry,
    routes: bindRoutes(ISPRING_ROUTES, {
      createUser: createUserRoute(roster),
      listUsers: listUsersRoute(roster, listLimit),
      usersMethodNotAllowed: methodNotAllowedRoute(['GET', 'POST']),
      profileFields: profileFieldsRoute(roster),
      profileFieldsMethodNotAllowed: methodNotAllowedRoute(['GET']),
      getUser: getUserRoute(roster),
      updateUser: updateUserRoute(roster),
      deleteUser: deleteUserRoute(roster),
      userMethodNotAllowed: methodNotAllowedRoute(['GET', 'POST', 'DELETE']),
    }),
  });
}

export const ispringDialect: DialectPlugin<IspringDialectOptions> = {
  name: 'ispring',
  routes: ISPRING_ROUTES,
  api: ISPRING_API,
  create: createIspringDialect,
};
