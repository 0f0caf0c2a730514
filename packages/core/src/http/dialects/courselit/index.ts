import type { Roster } from '../../../roster.types';
import { createDialect } from '../../create-dialect';
import { bindRoutes, type DialectPlugin } from '../../dialect-plugin';
import type { Dialect } from '../../http.types';
import { COURSELIT_ERRORS } from './courselit.errors';
import type { CourselitDialectOptions } from './courselit.options';
import { message } from './courselit.responses';
import { COURSELIT_ROUTES } from './courselit.routes';
import { COURSELIT_API } from './courselit.openapi';
import { createUserRoute } from './routes/create-user.route';
import { methodNotAllowedRoute } from './routes/method-not-allowed.route';
import { updateUserRoute } from './routes/update-user.route';

export type { CourselitDialectOptions } from './courselit.options';
export { COURSELIT_ERRORS } from './courselit.errors';
export { COURSELIT_ROUTES } from './courselit.routes';
export { COURSELIT_PERMISSIONS } from './courselit-fields.dto';

/** The courselit dialect (docs/dialects/courselit.md): CourseLit's `/api/user`, key in `x-api-key` or the body, school in `domain` or `Host`. */
export function createCourselitDialect(roster: Roster, options: CourselitDialectOptions = {}): Dialect {
  return createDialect({
    name: 'courselit',
    prefix: options.prefix ?? '',
    errors: COURSELIT_ERRORS,
    logger: roster.logger,
    telemetry: roster.telemetry,
    payloadTooLarge: message(413, 'Bad request'),
    routes: bindRoutes(COURSELIT_ROUTES, {
      createUser: createUserRoute(roster, options),
      updateUser: updateUserRoute(roster, options),
      userMethodNotAllowed: methodNotAllowedRoute(),
    }),
  });
}

/** What the framework adapters take: the static route table and the factory. */
export const courselitDialect: DialectPlugin<CourselitDialectOptions> = {
  name: 'courselit',
  routes: COURSELIT_ROUTES,
  api: COURSELIT_API,
  create: createCourselitDialect,
};
