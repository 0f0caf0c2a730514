import { withAuditOrigin } from '../audit/audit-origin';
import { RosterError } from '../errors';
import type { Logger } from '../ports';
import { methodLabel, type RosterTelemetry } from '../telemetry/roster-telemetry';
import { createErrorHook, type ErrorTable, type ResponseDecorator, type RouteErrorOverrides } from './error-hook';
import type { Dialect, RosterRequest, RosterResponse, Route, RouteContext, RouteMatch } from './http.types';
import { joinPaths } from './openapi/openapi-paths';
import { compileRoute, matchRoute } from './route-matcher';

export type { ErrorAnswer, ErrorTable, ResponseDecorator, RouteErrorOverrides } from './error-hook';

export interface DialectDefinition {
  readonly name: string;
  /** Mount point, e.g. `/lms`; '' for none. Adapters mount the routes below it. */
  readonly prefix: string;
  readonly routes: readonly Route[];
  /** The dialect's one error table. */
  readonly errors: ErrorTable;
  /** By route name: that route's own answers for some codes (ispring's `Unknown User` on GET). */
  readonly errorOverrides?: Readonly<Record<string, RouteErrorOverrides>>;
  /** Applied to every answer of a matched route, errors and the 413 included. */
  readonly decorate?: ResponseDecorator;
  /** The dialect's 413 answer (docs/dialects/common.md). */
  readonly payloadTooLarge: RosterResponse;
  readonly logger: Logger;
  /** `roster.telemetry`: each answer counted, timed and spanned by dialect and route template. */
  readonly telemetry?: RosterTelemetry;
  /** The request's id for the events its writes record (admin: its `X-Request-Id`); default none. */
  readonly requestIdOf?: (request: RosterRequest) => string;
}

/** Where `answer` notes the code of the core error that answered a request (for telemetry). */
interface Seen {
  code?: string;
}

const asIs: ResponseDecorator = (response) => response;

/**
 * Builds a dialect from its route table and error table. `match` is the one route lookup of a
 * request; `respond` runs the matched handler inside the dialect's one error hook
 * (error-hook.ts) and passes every answer through `decorate`.
 */
export function createDialect(definition: DialectDefinition): Dialect {
  const compiled = definition.routes.map(compileRoute);
  const answerError = createErrorHook(definition);
  const decorate = definition.decorate ?? asIs;

  const answer = async (route: Route, context: RouteContext, seen: Seen): Promise<RosterResponse> => {
    if (context.request.bodyTooLarge) return definition.payloadTooLarge;
    try {
      const { request } = context;
      const origin = { requestId: definition.requestIdOf?.(request) ?? null, clientAddress: request.clientAddress ?? null };
      return await withAuditOrigin({ ...origin, dialect: definition.name, route: route.name }, () => route.handle(context));
    } catch (error) {
      seen.code = error instanceof RosterError ? error.code : 'INTERNAL';
      return answerError(error, route, context);
    }
  };
  const match = (method: string, path: string): RouteMatch | null => matchRoute(compiled, method.toUpperCase(), path);
  const answered = async (found: RouteMatch, request: RosterRequest, seen: Seen = {}): Promise<RosterResponse> => {
    const context: RouteContext = { request, params: found.params };
    return decorate(await answer(found.route, context, seen), context);
  };
  const telemetry = definition.telemetry;
  const respond = telemetry?.active
    ? (found: RouteMatch, request: RosterRequest): Promise<RosterResponse> => {
        const seen: Seen = {};
        const labels = {
          dialect: definition.name,
          route: joinPaths(definition.prefix, found.route.path),
          method: methodLabel(found.route.method === '*' ? request.method : found.route.method),
        };
        const end = (response: RosterResponse) =>
          seen.code ? { status: response.status, errorCode: seen.code } : { status: response.status };
        return telemetry.request(labels, () => answered(found, request, seen), end);
      }
    : answered;
  return {
    name: definition.name,
    prefix: definition.prefix,
    routes: definition.routes,
    match,
    respond,
    async handle(request) {
      const found = match(request.method, request.path);
      return found === null ? null : respond(found, request);
    },
  };
}
