import { RosterError, type ApiKey, type ApiKeyStore, type ApiKeyWithTenant } from '@roster/core';
import { copy } from './copy';
import type { MemoryState } from './memory-state';
import type { Transaction } from './transaction';
import type { TransactionRunner } from './transaction-runner';

/** `ApiKeyStore` over the memory state, with an index by secret hash (unique across tenants). */
export class InMemoryApiKeyStore implements ApiKeyStore {
  constructor(
    private readonly state: MemoryState,
    private readonly runner: TransactionRunner,
    private readonly bound?: Transaction,
  ) {}

  save(key: ApiKey): Promise<void> {
    return this.apply((tx) => {
      const { apiKeys, apiKeyIdsBySecretHash: byHash } = this.state;
      const holder = byHash.get(key.secretHash);
      if (holder !== undefined && holder !== key.id) {
        throw new RosterError('STORE_INTEGRITY', 'the secret hash is already used by another key');
      }
      const previous = apiKeys.get(key.id);
      if (previous && previous.secretHash !== key.secretHash) tx.delete(byHash, previous.secretHash);
      tx.set(apiKeys, key.id, copy(key));
      tx.set(byHash, key.secretHash, key.id);
    });
  }

  findBySecretHash(secretHash: string): Promise<ApiKey | null> {
    return this.apply(() => {
      const id = this.state.apiKeyIdsBySecretHash.get(secretHash);
      const key = id === undefined ? undefined : this.state.apiKeys.get(id);
      return key ? copy(key) : null;
    });
  }

  /** The key and its tenant in one read (what a SQL store joins). */
  findBySecretHashWithTenant(secretHash: string): Promise<ApiKeyWithTenant | null> {
    return this.apply(() => {
      const id = this.state.apiKeyIdsBySecretHash.get(secretHash);
      const key = id === undefined ? undefined : this.state.apiKeys.get(id);
      if (!key) return null;
      const tenant = this.state.tenants.get(key.tenantId);
      return { key: copy(key), tenant: tenant ? copy(tenant) : null };
    });
  }

  /** The tenant's keys, oldest first (then by id). */
  listByTenant(tenantId: string): Promise<readonly ApiKey[]> {
    return this.apply(() =>
      [...this.state.apiKeys.values()]
        .filter((key) => key.tenantId === tenantId)
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map(copy),
    );
  }

  /** Does nothing for an unknown id. */
  touchLastUsed(id: string, at: Date): Promise<void> {
    return this.apply((tx) => {
      const key = this.state.apiKeys.get(id);
      if (key) tx.set(this.state.apiKeys, id, { ...key, lastUsedAt: new Date(at.getTime()) });
    });
  }

  findById(tenantId: string, id: string): Promise<ApiKey | null> {
    return this.apply(() => {
      const key = this.state.apiKeys.get(id);
      return key?.tenantId === tenantId ? copy(key) : null;
    });
  }

  /** Frees the key's secret hash with it. */
  deleteById(tenantId: string, id: string): Promise<boolean> {
    return this.apply((tx) => {
      const key = this.state.apiKeys.get(id);
      if (key?.tenantId !== tenantId) return false;
      tx.delete(this.state.apiKeyIdsBySecretHash, key.secretHash);
      tx.delete(this.state.apiKeys, id);
      return true;
    });
  }

  private apply<T>(operation: (tx: Transaction) => T): Promise<T> {
    return this.runner.apply(operation, this.bound);
  }
}
