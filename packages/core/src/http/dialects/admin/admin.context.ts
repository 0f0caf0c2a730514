import type { Actor } from '../../../domain';
import { RosterError } from '../../../errors';
import type { Roster } from '../../../roster.types';
import { authenticateBearer } from '../../bearer-auth';
import type { RouteHandler } from '../../dialect-plugin';
import { bearerToken } from '../../headers';
import type { RouteContext, RouteParams, RosterResponse } from '../../http.types';
import type { OperatorCredential } from './operator-credential';

/** What the route handlers share. */
export interface AdminContext {
  readonly roster: Roster;
  readonly operator: OperatorCredential;
  /** How long an Idempotency-Key is kept. */
  readonly idempotencySeconds: number;
}

export type KeyedHandler = (actor: Actor, context: RouteContext) => Promise<RosterResponse>;

/** A route for a tenant API key (as rest-v1's Bearer): the key selects the tenant and the actor. */
export function tenantKey(context: AdminContext, handler: KeyedHandler): RouteHandler {
  return async (route) => handler(await authenticateBearer(context.roster, route.request), route);
}

/**
 * A route for the host's operator only. Any other Bearer value is refused: a valid tenant key
 * with PERMISSION_DENIED (403), anything else (operator access off included) UNAUTHENTICATED.
 */
export function operatorOnly(context: AdminContext, handler: (context: RouteContext) => Promise<RosterResponse>): RouteHandler {
  return async (route) => {
    const token = bearerToken(route.request.headers);
    if (context.operator.matches(token)) return handler(route);
    if (token !== null) {
      const actor = await context.roster.auth.authenticateApiKey({ secret: token }).catch(() => null);
      if (actor !== null) throw new RosterError('PERMISSION_DENIED', 'operator routes take the operator credential only');
    }
    throw new RosterError('UNAUTHENTICATED', 'operator credential required');
  };
}

/** The `:id` of a matched route (the router matched it, so it is there; an empty one finds nothing). */
export function idParam(params: RouteParams): string {
  return params['id'] ?? '';
}
