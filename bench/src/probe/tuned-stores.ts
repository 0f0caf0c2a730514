import type { ApiKeyStore, RosterStores, TenantStore, UserStore } from '@roster/core';

const TOUCH_INTERVAL_MS = 60_000;
const CACHE_MS = 5_000;

/** Remembers a promise per key for `ms` (failures are forgotten at once). */
function cached<A extends unknown[], T>(ms: number, load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    const hit = entries.get(key);
    if (hit !== undefined && Date.now() - hit.at < ms) return hit.value;
    const value = load(...args);
    entries.set(key, { at: Date.now(), value });
    value.catch(() => entries.delete(key));
    return value;
  };
}

/** Runs `touch` at most once per `TOUCH_INTERVAL_MS` for each key. */
function throttled<A extends unknown[]>(
  keyOf: (...args: A) => string,
  touch: (...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  const last = new Map<string, number>();
  return async (...args: A) => {
    const key = keyOf(...args);
    if (Date.now() - (last.get(key) ?? 0) < TOUCH_INTERVAL_MS) return;
    last.set(key, Date.now());
    await touch(...args);
  };
}

/**
 * What-if, for RESULTS.md only: the stores with the changes the overhead figures point to,
 * made from outside through the ports so they can be measured before the core adopts them:
 * `touchLastUsed`/`touchLastLogin` at most once a minute per key or user (not on every
 * request), and tenants, organizations and groups read from a 5-second cache (not once or
 * twice per request). Writes go through untouched; nothing here is meant for production.
 */
export function tunedStores(stores: RosterStores): RosterStores {
  const { apiKeys, tenants, users } = stores;
  const tunedKeys: ApiKeyStore = Object.assign(Object.create(apiKeys) as ApiKeyStore, {
    touchLastUsed: throttled(
      (id: string, _at: Date) => id,
      (id: string, at: Date) => apiKeys.touchLastUsed(id, at),
    ),
  });
  const tunedUsers: UserStore = Object.assign(Object.create(users) as UserStore, {
    touchLastLogin: throttled(
      (tenantId: string, id: number, _at: Date) => `${tenantId}/${id}`,
      (tenantId: string, id: number, at: Date) => users.touchLastLogin(tenantId, id, at),
    ),
  });
  const tunedTenants: TenantStore = Object.assign(Object.create(tenants) as TenantStore, {
    findTenantById: cached(CACHE_MS, (id: string) => tenants.findTenantById(id)),
    findTenantByName: cached(CACHE_MS, (name: string) => tenants.findTenantByName(name)),
    findTenantByAccountUrl: cached(CACHE_MS, (url: string) => tenants.findTenantByAccountUrl(url)),
    listOrganizations: cached(CACHE_MS, (tenantId: string) => tenants.listOrganizations(tenantId)),
    listGroups: cached(CACHE_MS, (tenantId: string) => tenants.listGroups(tenantId)),
  });
  return { ...stores, apiKeys: tunedKeys, users: tunedUsers, tenants: tunedTenants };
}
