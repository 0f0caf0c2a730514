import type { ApiKey } from '../domain';

/** API keys of all tenants, found by the SHA-256 of their secret (unique across tenants). */
export interface ApiKeyStore {
  /** Inserts or replaces by `id`; a `secretHash` used by another key throws STORE_INTEGRITY. */
  save(key: ApiKey): Promise<void>;
  findBySecretHash(secretHash: string): Promise<ApiKey | null>;
  listByTenant(tenantId: string): Promise<readonly ApiKey[]>;
  touchLastUsed(id: string, at: Date): Promise<void>;
}
