import type { ApiKey, Tenant } from '../domain';

/** A key and its tenant (null when the key names a tenant that no longer exists), read together. */
export interface ApiKeyWithTenant {
  readonly key: ApiKey;
  readonly tenant: Tenant | null;
}

/** API keys of all tenants, found by the SHA-256 of their secret (unique across tenants). */
export interface ApiKeyStore {
  /** Inserts or replaces by `id`; a `secretHash` used by another key throws STORE_INTEGRITY. */
  save(key: ApiKey): Promise<void>;
  findBySecretHash(secretHash: string): Promise<ApiKey | null>;
  /**
   * Optional: `findBySecretHash` and the key's `findTenantById` in one read, for a store that can
   * join them (one round trip). Roster's store cache then keeps the tenant too, so a request on a
   * cold cache does not read it again. Must agree with the two reads it stands for.
   */
  findBySecretHashWithTenant?(secretHash: string): Promise<ApiKeyWithTenant | null>;
  listByTenant(tenantId: string): Promise<readonly ApiKey[]>;
  touchLastUsed(id: string, at: Date): Promise<void>;
  /** The tenant's key with this id, or null (a key of another tenant is null too). */
  findById(tenantId: string, id: string): Promise<ApiKey | null>;
  /** Removes the tenant's key with this id (revocation); false when there was none. */
  deleteById(tenantId: string, id: string): Promise<boolean>;
}
