import { ApiError, call, type Me, type Page, type Role } from './api';

/** The signed-in key and what it may do, as the admin API says (GET /me, GET /roles). */
export interface Session {
  /** The key the console signed in with. */
  readonly self: Extract<Me, { kind: 'api_key' }>;
  readonly canReadUsers: boolean;
  readonly canManageUsers: boolean;
  readonly canManageKeys: boolean;
  /** The tenant's roles, highest rank first (for filters). */
  readonly roles: readonly Role[];
  /** The roles the API lets this key assign, highest rank first. */
  readonly assignableRoles: readonly Role[];
}

/** Checks the key (401 throws) and asks the API what it may do. */
export async function openSession(): Promise<Session> {
  const me = await call<Me>('GET', 'me');
  if (me.kind !== 'api_key') {
    throw new ApiError(403, 'PERMISSION_DENIED', 'The operator token manages tenants only: sign in with a tenant API key.');
  }
  const roles = (await call<Page<Role>>('GET', 'roles')).data;
  const permissions = new Set(me.effective_permissions);
  return {
    self: me,
    canReadUsers: permissions.has('user:read') || permissions.has('user:manage'),
    canManageUsers: permissions.has('user:manage'),
    canManageKeys: permissions.has('setting:manage'),
    roles,
    assignableRoles: roles.filter((role) => role.assignable),
  };
}
