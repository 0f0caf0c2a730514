import type { ApiKey, Tenant } from '../domain';
import type { ApiKeyStore, Clock, TenantStore, TransactionalStores, UnitOfWork } from '../ports';
import type { RosterStores } from '../roster.types';
import { CachedApiKeyStore } from './cached-api-key-store';
import { CachedTenantStore } from './cached-tenant-store';

/** How long tenants and API keys are kept by default: a key revoked elsewhere stops working within it. */
export const DEFAULT_STORE_CACHE_SECONDS = 5;

/**
 * The stores with tenants and API keys cached for `ttlSeconds` (0: no cache). Writes inside a
 * unit of work forget the cached entries when made and again when the work ends (committed or
 * not), so a read racing the transaction cannot keep what it replaced.
 */
export function cachedStores(stores: RosterStores, clock: Clock, ttlSeconds: number): RosterStores {
  if (ttlSeconds <= 0) return stores;
  const tenants = new CachedTenantStore(stores.tenants, clock, ttlSeconds * 1000);
  const apiKeys = new CachedApiKeyStore(stores.apiKeys, clock, ttlSeconds * 1000, (tenant) => {
    tenants.remember(tenant);
  });
  const unitOfWork: UnitOfWork = {
    run: async (work) => {
      const written = { tenants: false, apiKeys: new Set<string>() };
      try {
        return await stores.unitOfWork.run((tx) => work(forgetting(tx, tenants, apiKeys, written)));
      } finally {
        if (written.tenants) tenants.forget();
        for (const id of written.apiKeys) apiKeys.forget(id);
      }
    },
  };
  return { ...stores, tenants, apiKeys, unitOfWork };
}

interface Written {
  tenants: boolean;
  readonly apiKeys: Set<string>;
}

/** The transaction's stores, unchanged but for the writes that forget cached entries. */
function forgetting(
  tx: TransactionalStores,
  tenantCache: CachedTenantStore,
  keyCache: CachedApiKeyStore,
  written: Written,
): TransactionalStores {
  const tenants = overriding<TenantStore>(tx.tenants, {
    saveTenant: (tenant: Tenant) => {
      written.tenants = true;
      tenantCache.forget();
      return tx.tenants.saveTenant(tenant);
    },
    deleteTenant: (id: string) => {
      written.tenants = true;
      tenantCache.forget();
      // The tenant's keys go with it: forget every cached key.
      keyCache.forget();
      return tx.tenants.deleteTenant(id);
    },
  });
  const keyWrite = (id: string): void => {
    written.apiKeys.add(id);
    keyCache.forget(id);
  };
  const apiKeys = overriding<ApiKeyStore>(tx.apiKeys, {
    save: (key: ApiKey) => (keyWrite(key.id), tx.apiKeys.save(key)),
    touchLastUsed: (id: string, at: Date) => (keyWrite(id), tx.apiKeys.touchLastUsed(id, at)),
    deleteById: (tenantId: string, id: string) => (keyWrite(id), tx.apiKeys.deleteById(tenantId, id)),
  });
  return { ...tx, tenants, apiKeys };
}

/** `target` with some methods replaced; the others still run on `target` itself. */
function overriding<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(object, property) {
      if (Object.prototype.hasOwnProperty.call(overrides, property)) return overrides[property as keyof T];
      const value: unknown = Reflect.get(object, property);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
}
