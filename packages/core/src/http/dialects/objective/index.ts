import type { Roster } from '../../../roster.types';
import { createDialect } from '../../create-dialect';
import { bindRoutes, type DialectPlugin } from '../../dialect-plugin';
import type { Dialect } from '../../http.types';
import type { ObjectiveContext } from './objective.context';
import { OBJECTIVE_ERRORS } from './objective.errors';
import type { ObjectiveDialectOptions } from './objective.options';
import { payloadTooLarge } from './objective.responses';
import { OBJECTIVE_ROUTES } from './objective.routes';
import { OBJECTIVE_API } from './objective.openapi';
import { createUserRoute } from './routes/create-user.route';
import { getUserRoute } from './routes/get-user.route';
import { routeNotFoundRoute } from './routes/route-not-found.route';
import { updateUserRoute } from './routes/update-user.route';

export type { ObjectiveDialectOptions } from './objective.options';
export { OBJECTIVE_ERRORS } from './objective.errors';
export { OBJECTIVE_ROUTES } from './objective.routes';

/** The objective dialect (docs/dialects/objective.md): a Laravel-style users API under `/api/users`, Bearer API keys. */
export function createObjectiveDialect(roster: Roster, options: ObjectiveDialectOptions = {}): Dialect {
  const context: ObjectiveContext = { roster, prefix: options.prefix ?? '' };
  const notFound = routeNotFoundRoute(context);
  const getUser = getUserRoute(context);
  return createDialect({
    name: 'objective',
    prefix: context.prefix,
    errors: OBJECTIVE_ERRORS,
    logger: roster.logger,
    telemetry: roster.telemetry,
    payloadTooLarge: payloadTooLarge(),
    routes: bindRoutes(OBJECTIVE_ROUTES, {
      createUser: createUserRoute(context),
      listUsersDisabled: notFound,
      usersRouteNotFound: notFound,
      getUser,
      headUser: getUser,
      updateUser: updateUserRoute(context),
      deleteUserDisabled: notFound,
      userRouteNotFound: notFound,
    }),
  });
}

/** What the framework adapters take: the static route table and the factory. */
export const objectiveDialect: DialectPlugin = {
  name: 'objective',
  routes: OBJECTIVE_ROUTES,
  api: OBJECTIVE_API,
  create: createObjectiveDialect,
};
