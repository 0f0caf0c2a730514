import type { UniqueConstraintViolationException } from '@mikro-orm/core';
import { RosterError, type ApiKey, type ApiKeyStore } from '@roster/core';
import { RosterApiKeySchema } from '../entities';
import { violatedKey, withCause } from '../errors/translate-driver-error';
import { toApiKey, toApiKeyRow } from '../mappers';
import { saveRow } from './save-row';
import { atomically, guarded, type StoreContext } from './store-context';

/** A clash on the secret hash index; otherwise a concurrent first save of the same id. */
const keyClash = (violation: UniqueConstraintViolationException) =>
  withCause(
    violatedKey(violation).includes('secret_hash')
      ? new RosterError('STORE_INTEGRITY', 'the secret hash is already used by another key')
      : new RosterError('STORE_INTEGRITY', 'the key id was saved concurrently; retry'),
    violation,
  );

/** `ApiKeyStore` on MikroORM; the secret hash is unique across tenants (a unique index). */
export class MikroOrmApiKeyStore implements ApiKeyStore {
  constructor(private readonly context: StoreContext) {}

  save(key: ApiKey): Promise<void> {
    return guarded(async () => {
      await atomically(this.context.em(), (em) => saveRow(em, RosterApiKeySchema, { id: key.id }, toApiKeyRow(key)));
    }, keyClash);
  }

  findBySecretHash(secretHash: string): Promise<ApiKey | null> {
    return guarded(async () => {
      const row = await this.context.em().findOne(RosterApiKeySchema, { secretHash });
      return row ? toApiKey(row) : null;
    });
  }

  /** The tenant's keys, oldest first (then by id). */
  listByTenant(tenantId: string): Promise<readonly ApiKey[]> {
    return guarded(async () => {
      const rows = await this.context.em().find(RosterApiKeySchema, { tenantId }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      return rows.map(toApiKey);
    });
  }

  /** Does nothing for an unknown id. */
  touchLastUsed(id: string, at: Date): Promise<void> {
    return guarded(async () => {
      await this.context.em().nativeUpdate(RosterApiKeySchema, { id }, { lastUsedAt: new Date(at.getTime()) });
    });
  }
}
