import type { Actor } from '../domain';
import type { Roster } from '../roster.types';

/**
 * For the dialects that have no login field (objective, rest-v1): in a tenant that identifies
 * users by login, a new user's login is its e-mail; in any other tenant no login is set.
 */
export async function loginFromEmail(
  roster: Roster,
  actor: Pick<Actor, 'tenantId'>,
  email: string | undefined,
): Promise<{ readonly login?: string }> {
  if (email === undefined) return {};
  const tenant = await roster.tenants.findById(actor.tenantId);
  return tenant?.identifyBy === 'login' ? { login: email } : {};
}
