import { ApiError, call, ROLES, type ApiKey, type Page, type Role } from './api';

/** What the signed-in key may do, from the same rules the API applies (docs/dialects/admin.md). */
export interface Session {
  /** The key's own record when it may list keys (its prefix matches), else null. */
  readonly self: ApiKey | null;
  readonly canReadUsers: boolean;
  readonly canManageUsers: boolean;
  readonly canManageKeys: boolean;
  /** Roles it may assign: ranked no higher than its own (all catalog roles when its role is unknown). */
  readonly assignableRoles: readonly Role[];
}

async function allowed(path: string): Promise<boolean> {
  try {
    await call('GET', path);
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return false;
    throw error;
  }
}

/** Checks the key (401 throws) and works out what it may do. */
export async function openSession(secret: string): Promise<Session> {
  const canReadUsers = await allowed('users?limit=1');
  const canManageKeys = await allowed('keys');
  let self: ApiKey | null = null;
  let role: Role | undefined;
  if (canManageKeys) {
    // The admin API has no "who am I" route: the key is found by its display prefix. Several keys
    // may share one (bootstrap keys such as rk_demo_…); then the lowest of their roles is assumed,
    // so nothing is offered that the API would refuse.
    const keys = await call<Page<ApiKey>>('GET', 'keys');
    const mine = keys.data.filter((key) => secret.startsWith(key.prefix.replace(/…$/, '')));
    self = mine.length === 1 ? (mine[0] ?? null) : null;
    role = mine
      .map((key) => ROLES.find((candidate) => candidate.name === key.role))
      .reduce<Role | undefined>(
        (lowest, candidate) => (lowest === undefined || (candidate !== undefined && candidate.rank < lowest.rank) ? candidate : lowest),
        undefined,
      );
  }
  const permissions = new Set([...(role?.permissions ?? []), ...(self?.permissions ?? [])]);
  return {
    self,
    canReadUsers,
    // Unknown role (a key that may not list keys): let the API decide and show its answer.
    canManageUsers: role === undefined ? canReadUsers : permissions.has('user:manage'),
    canManageKeys,
    assignableRoles: role === undefined ? ROLES : ROLES.filter((candidate) => candidate.rank <= role.rank),
  };
}
