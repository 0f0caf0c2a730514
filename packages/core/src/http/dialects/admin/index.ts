import type { Roster } from '../../../roster.types';
import { createDialect } from '../../create-dialect';
import { bindRoutes, type DialectPlugin } from '../../dialect-plugin';
import type { Dialect, RosterRequest } from '../../http.types';
import { openApiDocument } from '../../openapi/openapi-document';
import { jsonResponse } from '../../responses';
import type { AdminContext } from './admin.context';
import { ADMIN_ERRORS, ADMIN_OWN_PROBLEMS } from './admin.errors';
import { ADMIN_API } from './admin.openapi';
import type { AdminDialectOptions } from './admin.options';
import { ADMIN_ROUTES } from './admin.routes';
import { OperatorCredential } from './operator-credential';
import { problemResponse } from './problem.response';
import { DEFAULT_IDEMPOTENCY_SECONDS } from './idempotency';
import { echoRequestId, requestIdOf } from './request-id';
import { auditRoutes } from './routes/audit.routes';
import { groupRoutes } from './routes/group.routes';
import { importRoutes } from './routes/import.routes';
import { keyRoutes } from './routes/key.routes';
import { maintenanceRoutes } from './routes/maintenance.routes';
import { meRoutes } from './routes/me.routes';
import { methodNotAllowedRoute } from './routes/method-not-allowed.route';
import { tenantRoutes } from './routes/tenant.routes';
import { userRoutes } from './routes/user.routes';
import { webhookRoutes } from './routes/webhook.routes';

export type { AdminDialectOptions } from './admin.options';
export { ADMIN_ERRORS, ADMIN_OWN_PROBLEMS, ADMIN_PROBLEMS } from './admin.errors';
export { ADMIN_ROUTES } from './admin.routes';

const NAME = 'admin';

/**
 * The admin dialect (docs/dialects/admin.md): Roster's own JSON API under `/roster/v1` for
 * users, bulk imports, API keys (tenant keys), tenants and the event-history purge (the host's operator), with problem+json errors,
 * ETags on users and an X-Request-Id on every answer.
 */
export function createAdminDialect(roster: Roster, options: AdminDialectOptions = {}): Dialect {
  const prefix = options.prefix ?? '';
  const context: AdminContext = {
    roster,
    operator: new OperatorCredential(options.operatorToken),
    idempotencySeconds: options.idempotencySeconds ?? DEFAULT_IDEMPOTENCY_SECONDS,
  };
  const document = JSON.stringify(
    openApiDocument([{ dialect: adminDialect, prefix }], { title: 'Roster admin API', version: '1', description: ADMIN_API.description }),
  );
  const requestIds = new WeakMap<RosterRequest, string>();
  return createDialect({
    name: NAME,
    prefix,
    errors: ADMIN_ERRORS,
    decorate: echoRequestId(requestIds),
    requestIdOf: (request) => requestIdOf(request, requestIds),
    logger: roster.logger,
    telemetry: roster.telemetry,
    payloadTooLarge: problemResponse(ADMIN_OWN_PROBLEMS.PAYLOAD_TOO_LARGE, 'Send at most 1 MiB.'),
    routes: bindRoutes(ADMIN_ROUTES, {
      openApiDocument: () => Promise.resolve(jsonResponse(200, JSON.parse(document) as unknown)),
      openApiMethodNotAllowed: methodNotAllowedRoute(['GET']),
      ...userRoutes(context),
      usersMethodNotAllowed: methodNotAllowedRoute(['GET', 'POST']),
      userMethodNotAllowed: methodNotAllowedRoute(['GET', 'PATCH', 'DELETE']),
      userRestoreMethodNotAllowed: methodNotAllowedRoute(['POST']),
      ...importRoutes(context),
      importsMethodNotAllowed: methodNotAllowedRoute(['POST']),
      importMethodNotAllowed: methodNotAllowedRoute(['GET']),
      ...keyRoutes(context),
      keysMethodNotAllowed: methodNotAllowedRoute(['GET', 'POST']),
      keyMethodNotAllowed: methodNotAllowedRoute(['GET', 'DELETE']),
      keyRotateMethodNotAllowed: methodNotAllowedRoute(['POST']),
      ...groupRoutes(context),
      groupsMethodNotAllowed: methodNotAllowedRoute(['GET', 'POST']),
      groupMethodNotAllowed: methodNotAllowedRoute(['GET', 'PATCH', 'DELETE']),
      groupMembersMethodNotAllowed: methodNotAllowedRoute(['GET']),
      groupMemberMethodNotAllowed: methodNotAllowedRoute(['PUT', 'DELETE']),
      ...tenantRoutes(context),
      tenantsMethodNotAllowed: methodNotAllowedRoute(['GET', 'POST']),
      tenantMethodNotAllowed: methodNotAllowedRoute(['GET', 'PATCH', 'DELETE']),
      ...maintenanceRoutes(context),
      purgeEventHistoryMethodNotAllowed: methodNotAllowedRoute(['POST']),
      ...auditRoutes(context),
      auditEventsMethodNotAllowed: methodNotAllowedRoute(['GET']),
      auditExportMethodNotAllowed: methodNotAllowedRoute(['GET']),
      ...webhookRoutes(context),
      webhooksMethodNotAllowed: methodNotAllowedRoute(['GET', 'POST']),
      webhookMethodNotAllowed: methodNotAllowedRoute(['GET', 'PATCH', 'DELETE']),
      webhookRotateMethodNotAllowed: methodNotAllowedRoute(['POST']),
      webhookDeliveriesMethodNotAllowed: methodNotAllowedRoute(['GET']),
      webhookRedeliverMethodNotAllowed: methodNotAllowedRoute(['POST']),
      ...meRoutes(context),
      meMethodNotAllowed: methodNotAllowedRoute(['GET']),
      rolesMethodNotAllowed: methodNotAllowedRoute(['GET']),
    }),
  });
}

/** What the framework adapters take: the static route table, its descriptions and the factory. */
export const adminDialect: DialectPlugin<AdminDialectOptions> = {
  name: NAME,
  routes: ADMIN_ROUTES,
  api: ADMIN_API,
  create: createAdminDialect,
};
