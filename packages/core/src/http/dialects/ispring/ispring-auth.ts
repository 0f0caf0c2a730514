import { profileSchemaOf, type Actor, type SchemaField } from '../../../domain';
import { RosterError } from '../../../errors';
import type { Roster } from '../../../roster.types';
import type { RosterRequest } from '../../http.types';

/**
 * The acting user from `X-Auth-Account-Url`, `X-Auth-Email` (e-mail or login) and
 * `X-Auth-Password`. Every failure is the same UNAUTHENTICATED (401 `Unauthorized`). An unknown
 * account goes to the core too (as `tenantId: null`), which verifies a dummy hash for it as for
 * an unknown user and throttles failures (RATE_LIMITED → 429): neither the answer nor its timing
 * tells which part was wrong. Whether the actor may use the API at all is the core's decision
 * (`user:read` / `user:manage`).
 */
export async function authenticateIspring(roster: Roster, request: RosterRequest): Promise<Actor> {
  const accountUrl = request.headers['x-auth-account-url'];
  const identifier = request.headers['x-auth-email'];
  const password = request.headers['x-auth-password'];
  if (!accountUrl || !identifier || !password) throw new RosterError('UNAUTHENTICATED', 'ispring: credentials missing');
  const tenant = await roster.tenants.findByAccountUrl(accountUrl);
  return roster.auth.authenticatePassword({
    tenantId: tenant?.id ?? null,
    identifier,
    password,
    ...(request.clientAddress === undefined ? {} : { clientAddress: request.clientAddress }),
  });
}

/**
 * The profile-field schema of the actor's tenant, for reading `X-Fields-Xml` before any
 * permission is checked (an unknown field name makes the document malformed).
 */
export async function tenantSchema(roster: Roster, actor: Actor): Promise<readonly SchemaField[]> {
  const tenant = await roster.tenants.findById(actor.tenantId);
  if (tenant === null) throw new RosterError('TENANT_NOT_FOUND', 'the actor has no tenant');
  return profileSchemaOf(tenant);
}
