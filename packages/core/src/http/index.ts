import 'reflect-metadata';

// @roster/core/http: what a framework adapter or a host mounting a dialect uses, each name from the
// file that declares it (no barrels in between), so the surface is read off this file. Every
// change here shows in packages/core/api/core-http.api.md (`pnpm api:update`).
export { authenticateBearer } from './bearer-auth';
export { createDialect, type DialectDefinition } from './create-dialect';
export { DEFAULT_DRAIN_TIMEOUT_MS, drainHttpServer, type DrainOptions } from './drain-http-server';
export {
  bindRoutes,
  type DialectBaseOptions,
  type DialectPlugin,
  type RouteDescriptor,
  type RouteHandler,
  type RouteHandlers,
} from './dialect-plugin';
export {
  ADMIN_ERRORS,
  ADMIN_OWN_PROBLEMS,
  ADMIN_PROBLEMS,
  ADMIN_ROUTES,
  adminDialect,
  createAdminDialect,
  type AdminDialectOptions,
} from './dialects/admin';
export { COURSELIT_PERMISSIONS } from './dialects/courselit/courselit-fields.dto';
export { COURSELIT_ERRORS } from './dialects/courselit/courselit.errors';
export type { CourselitDialectOptions } from './dialects/courselit/courselit.options';
export { COURSELIT_ROUTES } from './dialects/courselit/courselit.routes';
export { courselitDialect, createCourselitDialect } from './dialects/courselit';
export { createIspringDialect, DEFAULT_ISPRING_LIST_LIMIT, ispringDialect, type IspringDialectOptions } from './dialects/ispring';
export {
  createHealthDialect,
  DEFAULT_HEALTH_PATHS,
  healthDialect,
  healthDialectAt,
  healthRoutes,
  type HealthDialectOptions,
  type HealthPaths,
} from './dialects/health';
export {
  createMetricsDialect,
  DEFAULT_METRICS_PATH,
  metricsDialect,
  type MetricsDialectOptions,
  type MetricsSource,
} from './dialects/metrics';
export { ISPRING_TEXT } from './dialects/ispring/ispring.errors';
export { ISPRING_ROUTES } from './dialects/ispring/ispring.routes';
export { createObjectiveDialect, objectiveDialect } from './dialects/objective';
export { OBJECTIVE_ERRORS } from './dialects/objective/objective.errors';
export type { ObjectiveDialectOptions } from './dialects/objective/objective.options';
export { OBJECTIVE_ROUTES } from './dialects/objective/objective.routes';
export { createRestV1Dialect, decodeRestV1Cursor, encodeRestV1Cursor, restV1Dialect, type RestV1CursorFilters } from './dialects/rest-v1';
export { REST_V1_ERRORS } from './dialects/rest-v1/rest-v1.errors';
export type { RestV1DialectOptions } from './dialects/rest-v1/rest-v1.options';
export { REST_V1_ROUTES } from './dialects/rest-v1/rest-v1.routes';
export {
  createScimDialect,
  DEFAULT_SCIM_BULK_MAX_OPERATIONS,
  DEFAULT_SCIM_BULK_MAX_PAYLOAD_SIZE,
  DEFAULT_SCIM_MAX_RESULTS,
  DEFAULT_SCIM_PREFIX,
  SCIM_ERRORS,
  SCIM_ROUTES,
  scimDialect,
  type ScimDialectOptions,
} from './dialects/scim';
export type { ErrorAnswer, ErrorTable, ResponseDecorator, RouteErrorOverrides } from './error-hook';
export { bearerToken, normalizeHeaders } from './headers';
export type { Dialect, RosterRequest, RosterResponse, Route, RouteContext, RouteMatch, RouteParams } from './http.types';
export { bracketDepth, hasOwn, isJsonObject, own, parseJsonBody, parseJsonObject, type JsonBody, type JsonObjectBody } from './json-body';
export { MAX_BODY_BYTES, MAX_JSON_DEPTH } from './limits';
export { readNodeBody, startNodeBodyRead, type NodeBody } from './node-body';
export { readRawBody, toRosterRequest, writeRosterResponse, type NodeRequestParts, type RawBody } from './node-io';
export { builtInDialectApi } from './openapi/built-in-apis';
export { BEARER_API_KEY, closedObject, emptyAnswer, header, jsonAnswer, RETRY_AFTER, textAnswer } from './openapi/openapi-answers';
export {
  describedRoutes,
  openApiDocument,
  schemeName,
  type DescribedDialect,
  type DescribedRoute,
  type OpenApiDocument,
  type OpenApiDocumentOptions,
  type OpenApiMount,
  type OpenApiOperation,
} from './openapi/openapi-document';
export { joinPaths, openApiPath } from './openapi/openapi-paths';
export type {
  AnswerDescription,
  BodyDescription,
  ContentType,
  DialectApiDescription,
  HeaderDescription,
  JsonSchema,
  OperationRoute,
  ParameterDescription,
  RouteApiDescription,
  RouteApiDescriptions,
  SecuritySchemeDescription,
} from './openapi/openapi.types';
export { positiveIntegerParam } from './path-params';
export { emptyResponse, jsonResponse, retryAfterHeader, textResponse, xmlResponse } from './responses';
export { compileRoute, matchRoute, pathPattern, type CompiledRoute } from './route-matcher';
