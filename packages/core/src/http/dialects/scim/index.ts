import type { Roster } from '../../../roster.types';
import { createDialect } from '../../create-dialect';
import { bindRoutes, type DialectPlugin } from '../../dialect-plugin';
import type { Dialect } from '../../http.types';
import { bulkRoutes } from './routes/bulk.routes';
import { discoveryRoutes } from './routes/discovery.routes';
import { groupRoutes } from './routes/group.routes';
import { methodNotAllowed, userRoutes } from './routes/user.routes';
import type { ScimContext } from './scim.context';
import { SCIM_ERRORS } from './scim.errors';
import {
  DEFAULT_SCIM_BULK_MAX_OPERATIONS,
  DEFAULT_SCIM_BULK_MAX_PAYLOAD_SIZE,
  DEFAULT_SCIM_MAX_RESULTS,
  DEFAULT_SCIM_PREFIX,
  type ScimDialectOptions,
} from './scim.options';
import { scimError } from './scim.responses';
import { SCIM_API } from './scim.openapi';
import { SCIM_ROUTES } from './scim.routes';

export { SCIM_ERRORS } from './scim.errors';
export { SCIM_ROUTES } from './scim.routes';
export {
  DEFAULT_SCIM_BULK_MAX_OPERATIONS,
  DEFAULT_SCIM_BULK_MAX_PAYLOAD_SIZE,
  DEFAULT_SCIM_MAX_RESULTS,
  DEFAULT_SCIM_PREFIX,
  type ScimDialectOptions,
} from './scim.options';

const atLeastOne = (value: number | undefined, fallback: number): number => Math.max(1, Math.floor(value ?? fallback));

/** The scim dialect (README.md): SCIM 2.0 /Users, /Groups and /Bulk for identity providers, under `/scim/v2` by default. */
export function createScimDialect(roster: Roster, options: ScimDialectOptions = {}): Dialect {
  const prefix = options.prefix ?? DEFAULT_SCIM_PREFIX;
  const context: ScimContext = {
    roster,
    base: prefix.replace(/\/+$/, ''),
    maxResults: atLeastOne(options.maxResults, DEFAULT_SCIM_MAX_RESULTS),
    bulk: {
      maxOperations: atLeastOne(options.bulk?.maxOperations, DEFAULT_SCIM_BULK_MAX_OPERATIONS),
      maxPayloadSize: atLeastOne(options.bulk?.maxPayloadSize, DEFAULT_SCIM_BULK_MAX_PAYLOAD_SIZE),
    },
  };
  // POST /Bulk answers each operation through the dialect's own routes (the dialect made below).
  const self = (): Dialect => dialect;
  const dialect: Dialect = createDialect({
    name: 'scim',
    prefix,
    errors: SCIM_ERRORS,
    logger: roster.logger,
    telemetry: roster.telemetry,
    payloadTooLarge: scimError(413, 'The request body is too large'),
    routes: bindRoutes(SCIM_ROUTES, {
      ...discoveryRoutes(context),
      ...userRoutes(context),
      usersMethodNotAllowed: methodNotAllowed(['GET', 'POST']),
      userMethodNotAllowed: methodNotAllowed(['GET', 'PUT', 'PATCH', 'DELETE']),
      ...groupRoutes(context),
      groupsMethodNotAllowed: methodNotAllowed(['GET', 'POST']),
      groupMethodNotAllowed: methodNotAllowed(['GET', 'PUT', 'PATCH', 'DELETE']),
      ...bulkRoutes(context, self),
      bulkMethodNotAllowed: methodNotAllowed(['POST']),
    }),
  });
  return dialect;
}

/** What the framework adapters take: the static route table, the default mount point and the factory. */
export const scimDialect: DialectPlugin<ScimDialectOptions> = {
  name: 'scim',
  routes: SCIM_ROUTES,
  defaultPrefix: DEFAULT_SCIM_PREFIX,
  api: SCIM_API,
  create: createScimDialect,
};
