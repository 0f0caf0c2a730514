import type { Actor } from '../../../domain';
import { RosterError } from '../../../errors';
import type { Roster } from '../../../roster.types';
import type { RosterRequest } from '../../http.types';

const unauthenticated = (): RosterError => new RosterError('UNAUTHENTICATED', 'ispring: credentials refused');

/**
 * The acting user from `X-Auth-Account-Url`, `X-Auth-Email` (e-mail or login) and
 * `X-Auth-Password`. Every failure is the same UNAUTHENTICATED (401 `Unauthorized`); the core
 * verifies a dummy hash for unknown users and throttles failures (RATE_LIMITED → 429).
 * Whether the actor may use the API at all is the core's decision (`user:read` / `user:manage`).
 */
export async function authenticateIspring(roster: Roster, request: RosterRequest): Promise<Actor> {
  const accountUrl = request.headers['x-auth-account-url'];
  const identifier = request.headers['x-auth-email'];
  const password = request.headers['x-auth-password'];
  if (!accountUrl || !identifier || !password) throw unauthenticated();
  const tenant = await roster.tenants.findByAccountUrl(accountUrl).catch((error: unknown) => {
    // A URL the core cannot read names no account.
    if (RosterError.is(error, 'VALIDATION_FAILED')) return null;
    throw error;
  });
  if (tenant === null) throw unauthenticated();
  return roster.auth.authenticatePassword({
    tenantId: tenant.id,
    identifier,
    password,
    ...(request.clientAddress === undefined ? {} : { clientAddress: request.clientAddress }),
  });
}
