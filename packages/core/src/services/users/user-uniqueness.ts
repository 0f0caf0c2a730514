import { RosterError } from '../../errors';
import type { UserStore } from '../../ports';

/**
 * EMAIL_TAKEN, then LOGIN_TAKEN, when another user of the tenant has the e-mail or login
 * (case-insensitively). An early answer only: under races the store's uniqueness decides.
 */
export async function requireUnique(
  users: UserStore,
  tenantId: string,
  identity: { readonly email: string | null; readonly login: string | null },
  exceptUserId?: number,
): Promise<void> {
  if (identity.email !== null) {
    const owner = await users.findByEmail(tenantId, identity.email);
    if (owner !== null && owner.id !== exceptUserId) {
      throw new RosterError('EMAIL_TAKEN', 'the e-mail is taken', { value: identity.email });
    }
  }
  if (identity.login !== null) {
    const owner = await users.findByLogin(tenantId, identity.login);
    if (owner !== null && owner.id !== exceptUserId) {
      throw new RosterError('LOGIN_TAKEN', 'the login is taken', { value: identity.login });
    }
  }
}
