import type { Actor } from '../../../domain';
import type { Roster } from '../../../roster.types';
import { authenticateBearer } from '../../bearer-auth';
import type { ResponseDecorator } from '../../create-dialect';
import type { RouteHandler } from '../../dialect-plugin';
import type { RouteContext, RosterRequest, RosterResponse } from '../../http.types';
import type { KeyRateLimit } from './rest-v1.rate-limit';
import { withHeaders } from './rest-v1.responses';

/** What the route handlers share. */
export interface RestV1Context {
  readonly roster: Roster;
  readonly rateLimit: KeyRateLimit | null;
  /** The RateLimit-* headers of each request whose key was counted, for `rateLimitHeadersOnEveryAnswer`. */
  readonly answerHeaders: WeakMap<RosterRequest, Readonly<Record<string, string>>>;
}

export type KeyedHandler = (actor: Actor, context: RouteContext) => Promise<RosterResponse>;

/**
 * A route that needs an API key: `Authorization: Bearer <key>` selects the tenant and actor
 * (401 otherwise). When the host turned the rate limit on, the request is counted once the key
 * is known; its RateLimit-* headers are kept for the dialect's response decorator.
 */
export function keyed(context: RestV1Context, handler: KeyedHandler): RouteHandler {
  return async (route) => {
    const actor = await authenticateBearer(context.roster, route.request);
    if (context.rateLimit === null) return handler(actor, route);
    const { headers, refusal } = await context.rateLimit.hit(actor);
    context.answerHeaders.set(route.request, headers);
    return refusal ?? handler(actor, route);
  };
}

/** The server faults' answers (500, 503), which carry no RateLimit-* headers (README.md). */
const SERVER_FAULTS = new Set([500, 503]);

/**
 * The dialect's response decorator: once a key was counted, every answer carries its RateLimit-*
 * headers, errors included (the error hook answers them, this adds the headers), except a 500 or 503.
 */
export function rateLimitHeadersOnEveryAnswer(context: RestV1Context): ResponseDecorator {
  return (response, { request }) => {
    const headers = context.answerHeaders.get(request);
    return headers === undefined || SERVER_FAULTS.has(response.status) ? response : withHeaders(response, headers);
  };
}
