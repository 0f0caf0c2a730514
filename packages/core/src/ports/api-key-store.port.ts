import type { ApiKey } from '../domain';

/** API keys of all tenants, found by the SHA-256 of their secret (unique across tenants). */
export interface ApiKeyStore {
  /** Inserts or replaces by `id`; a `secretHash` used by another key throws STORE_INTEGRITY. */
  save(key: ApiKey): Promise<void>;
  findBySecretHash(secretHash: string): Promise<ApiKey | null>;
  listByTenant(tenantId: string): Promise<readonly ApiKey[]>;
  touchLastUsed(id: string, at: Date): Promise<void>;
  /** The tenant's key with this id, or null (a key of another tenant is null too). */
  findById(tenantId: string, id: string): Promise<ApiKey | null>;
  /** Removes the tenant's key with this id (revocation); false when there was none. */
  deleteById(tenantId: string, id: string): Promise<boolean>;
}
