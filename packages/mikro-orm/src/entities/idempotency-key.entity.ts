import { EntitySchema } from '@mikro-orm/core';

/**
 * A row of `roster_idempotency_keys`: one Idempotency-Key of the admin API. `id` is an HMAC of the
 * key under the credential (neither is stored); `answer` the sealed first answer, null while the
 * first request runs. An expired row is replaced when its id comes again; `expires_at` is indexed
 * so that a host can prune the rest.
 */
export interface IdempotencyKeyRow {
  id: string;
  fingerprint: string;
  answer: string | null;
  expiresAt: Date;
}

export const IDEMPOTENCY_KEY_INDEXES = { expiresAt: 'roster_idempotency_keys_expires_index' } as const;

export const RosterIdempotencyKeySchema = new EntitySchema<IdempotencyKeyRow>({
  name: 'RosterIdempotencyKey',
  tableName: 'roster_idempotency_keys',
  properties: {
    id: { type: 'string', length: 64, primary: true, fieldName: 'id' },
    fingerprint: { type: 'string', length: 64, fieldName: 'fingerprint' },
    answer: { type: 'text', nullable: true, fieldName: 'answer' },
    expiresAt: { type: 'datetime', length: 3, fieldName: 'expires_at' },
  },
  indexes: [{ name: IDEMPOTENCY_KEY_INDEXES.expiresAt, properties: ['expiresAt'] }],
});
