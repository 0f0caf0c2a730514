import { ERROR_CODES, type Logger, type Roster } from '@roster/core';
import {
  bindRoutes,
  createDialect,
  emptyResponse,
  jsonResponse,
  parseJsonBody,
  textResponse,
  type DialectBaseOptions,
  type DialectPlugin,
  type ErrorTable,
  type RouteContext,
} from '@roster/core/http';

const silent: Logger = { info: () => {}, warn: () => {}, error: () => {} };

const errors = Object.fromEntries(
  ERROR_CODES.map((code) => [code, () => jsonResponse(code === 'UNAUTHENTICATED' ? 401 : 500, { code })]),
) as unknown as ErrorTable;

/** The static table, as a real dialect declares it. */
export const PROBE_ROUTES = [
  { method: 'POST', path: '/api/things', name: 'createThing' },
  { method: '*', path: '/api/things', name: 'thingsMethodNotAllowed' },
  { method: 'GET', path: '/api/things/:thing_id', name: 'getThing' },
  { method: 'GET', path: '/bytes', name: 'bytes' },
  { method: 'GET', path: '/whoami', name: 'whoami' },
] as const;

/** What the dialect saw, so tests can check the neutral request the adapter built. */
function echo(status: number, { request, params }: RouteContext) {
  return jsonResponse(status, {
    method: request.method,
    path: request.path,
    params,
    query: { ...request.query },
    contentType: request.headers['content-type'] ?? null,
    xName: request.headers['x-name'] ?? null,
    body: request.body.toString('base64'),
  });
}

/**
 * A small dialect plugin standing in for the real four in the module's own tests: a JSON route
 * with the wire rules that matter to an adapter (the raw body whatever the Content-Type, its own
 * answer for invalid JSON, a `*` fallback, binary bodies, RosterError answers).
 */
export const probeDialect: DialectPlugin = {
  name: 'probe',
  routes: PROBE_ROUTES,
  create: (roster: Roster, options: DialectBaseOptions = {}) =>
    createDialect({
      name: 'probe',
      prefix: options.prefix ?? '',
      errors,
      logger: silent,
      payloadTooLarge: textResponse(413, 'Payload too large'),
      routes: bindRoutes(PROBE_ROUTES, {
        createThing: async (context) => {
          const parsed = parseJsonBody(context.request.body);
          if (!parsed.ok) return jsonResponse(400, { message: 'Bad request', reason: parsed.reason });
          return echo(201, context);
        },
        thingsMethodNotAllowed: async () => emptyResponse(405, { Allow: 'POST' }),
        getThing: async (context) => echo(200, context),
        bytes: async () => ({
          status: 200,
          headers: { 'Content-Type': 'application/octet-stream', 'X-Probe': 'yes' },
          body: Buffer.from([0x00, 0xff, 0x10, 0x0a]),
        }),
        whoami: async ({ request }) => {
          const actor = await roster.auth.authenticateApiKey({ secret: request.headers['x-api-key'] ?? '' });
          return jsonResponse(200, { tenantId: actor.tenantId, role: actor.role });
        },
      }),
    }),
};
