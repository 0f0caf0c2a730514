import type { Actor } from '../../../domain';
import { RosterError } from '../../../errors';
import type { Roster } from '../../../roster.types';
import { authenticateBearer } from '../../bearer-auth';
import type { RouteHandler } from '../../dialect-plugin';
import type { RouteContext, RosterResponse } from '../../http.types';
import { REST_V1_ERRORS } from './rest-v1.errors';
import type { KeyRateLimit } from './rest-v1.rate-limit';
import { withHeaders } from './rest-v1.responses';

/** What the route handlers share. */
export interface RestV1Context {
  readonly roster: Roster;
  readonly rateLimit: KeyRateLimit | null;
}

export type KeyedHandler = (actor: Actor, context: RouteContext) => Promise<RosterResponse>;

/** Errors left to createDialect's boundary, which logs them. */
const LOGGED = new Set(['INTERNAL', 'STORE_UNAVAILABLE']);

/**
 * A route that needs an API key: `Authorization: Bearer <key>` selects the tenant and actor
 * (401 otherwise). When the host turned the rate limit on, the request is counted once the key
 * is known, and every answer from then on carries the RateLimit-* headers, errors included.
 */
export function keyed(context: RestV1Context, handler: KeyedHandler): RouteHandler {
  return async (route) => {
    const actor = await authenticateBearer(context.roster, route.request);
    if (context.rateLimit === null) return handler(actor, route);
    const { headers, refusal } = await context.rateLimit.hit(actor);
    if (refusal !== null) return refusal;
    try {
      return withHeaders(await handler(actor, route), headers);
    } catch (error) {
      if (!(error instanceof RosterError) || LOGGED.has(error.code)) throw error;
      return withHeaders(REST_V1_ERRORS[error.code](error), headers);
    }
  };
}
