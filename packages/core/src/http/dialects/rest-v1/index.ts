import type { Roster } from '../../../roster.types';
import { createDialect } from '../../create-dialect';
import { bindRoutes, type DialectPlugin } from '../../dialect-plugin';
import type { Dialect } from '../../http.types';
import { rateLimitHeadersOnEveryAnswer, type RestV1Context } from './rest-v1.context';
import { REST_V1_ERRORS } from './rest-v1.errors';
import type { RestV1DialectOptions } from './rest-v1.options';
import { createKeyRateLimit } from './rest-v1.rate-limit';
import { failure } from './rest-v1.responses';
import { REST_V1_ROUTES } from './rest-v1.routes';
import { REST_V1_API } from './rest-v1.openapi';
import { createUserRoute } from './routes/create-user.route';
import { deleteUserRoute } from './routes/delete-user.route';
import { getUserRoute } from './routes/get-user.route';
import { listUsersRoute } from './routes/list-users.route';
import { methodNotAllowedRoute } from './routes/method-not-allowed.route';
import { updateUserRoute } from './routes/update-user.route';

export type { RestV1DialectOptions } from './rest-v1.options';
export { REST_V1_ERRORS } from './rest-v1.errors';
export { REST_V1_ROUTES } from './rest-v1.routes';
export {
  decodeCursor as decodeRestV1Cursor,
  encodeCursor as encodeRestV1Cursor,
  type CursorFilters as RestV1CursorFilters,
} from './list-cursor';

/** The rest-v1 dialect (docs/dialects/rest-v1.md): a REST users API under `/api/v1/users`, Bearer API keys. */
export function createRestV1Dialect(roster: Roster, options: RestV1DialectOptions = {}): Dialect {
  const context: RestV1Context = {
    roster,
    rateLimit: createKeyRateLimit(roster.rateLimiters, options.rateLimit),
    answerHeaders: new WeakMap(),
  };
  return createDialect({
    name: 'rest-v1',
    prefix: options.prefix ?? '',
    errors: REST_V1_ERRORS,
    decorate: rateLimitHeadersOnEveryAnswer(context),
    logger: roster.logger,
    telemetry: roster.telemetry,
    payloadTooLarge: failure(413, 'Payload too large'),
    routes: bindRoutes(REST_V1_ROUTES, {
      listUsers: listUsersRoute(context),
      createUser: createUserRoute(context),
      usersMethodNotAllowed: methodNotAllowedRoute(['GET', 'POST']),
      getUser: getUserRoute(context),
      updateUser: updateUserRoute(context),
      deleteUser: deleteUserRoute(context),
      userMethodNotAllowed: methodNotAllowedRoute(['GET', 'PUT', 'DELETE']),
    }),
  });
}

/** What the framework adapters take: the static route table and the factory. */
export const restV1Dialect: DialectPlugin<RestV1DialectOptions> = {
  name: 'rest-v1',
  routes: REST_V1_ROUTES,
  api: REST_V1_API,
  create: createRestV1Dialect,
};
