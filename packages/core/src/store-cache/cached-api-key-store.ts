import type { ApiKey, Tenant } from '../domain';
import type { ApiKeyStore, Clock } from '../ports';
import { ExpiringMap } from './expiring-map';

/**
 * An ApiKeyStore that remembers found keys by secret hash for `ttlMs`. Every write through it
 * (or through a unit of work of the same cache, see `cachedStores`) forgets what it changed;
 * a key changed or revoked elsewhere is seen at the latest `ttlMs` later. Misses are not kept.
 * When the store reads a key with its tenant in one go (`findBySecretHashWithTenant`), the tenant
 * is handed to `keepTenant` (the tenant cache), so the request does not read it again.
 */
export class CachedApiKeyStore implements ApiKeyStore {
  private readonly bySecretHash: ExpiringMap<string, ApiKey>;

  constructor(
    private readonly inner: ApiKeyStore,
    clock: Clock,
    ttlMs: number,
    private readonly keepTenant: (tenant: Tenant) => void = () => undefined,
  ) {
    this.bySecretHash = new ExpiringMap(clock, ttlMs);
  }

  async save(key: ApiKey): Promise<void> {
    this.forget(key.id);
    try {
      await this.inner.save(key);
    } finally {
      this.forget(key.id);
    }
  }

  async findBySecretHash(secretHash: string): Promise<ApiKey | null> {
    const cached = this.bySecretHash.get(secretHash);
    if (cached !== undefined) return cached;
    const key = await this.load(secretHash);
    if (key !== null) this.bySecretHash.set(secretHash, key);
    return key;
  }

  listByTenant(tenantId: string): Promise<readonly ApiKey[]> {
    return this.inner.listByTenant(tenantId);
  }

  async touchLastUsed(id: string, at: Date): Promise<void> {
    try {
      await this.inner.touchLastUsed(id, at);
    } finally {
      this.forget(id);
    }
  }

  findById(tenantId: string, id: string): Promise<ApiKey | null> {
    return this.inner.findById(tenantId, id);
  }

  /** Revocation: the key is forgotten before and after, so no cached copy outlives it. */
  async deleteById(tenantId: string, id: string): Promise<boolean> {
    this.forget(id);
    try {
      return await this.inner.deleteById(tenantId, id);
    } finally {
      this.forget(id);
    }
  }

  private async load(secretHash: string): Promise<ApiKey | null> {
    if (this.inner.findBySecretHashWithTenant === undefined) return this.inner.findBySecretHash(secretHash);
    const found = await this.inner.findBySecretHashWithTenant(secretHash);
    if (found === null) return null;
    if (found.tenant !== null) this.keepTenant(found.tenant);
    return found.key;
  }

  /** Drops the key with this id (all keys when no id is given). */
  forget(id?: string): void {
    if (id === undefined) this.bySecretHash.clear();
    else this.bySecretHash.deleteWhere((key) => key.id === id);
  }
}
