/**
 * One Idempotency-Key as stored (docs/dialects/admin.md, "Idempotency-Key"). `id` is a digest of
 * the credential and the key, never either in clear; `answer` is the sealed first answer (see
 * http/idempotency), null while the first request still runs.
 */
export interface IdempotencyRecord {
  readonly fingerprint: string;
  readonly answer: string | null;
  readonly expiresAt: Date;
}

export type IdempotencyClaim = { readonly claimed: true } | { readonly claimed: false; readonly record: IdempotencyRecord };

/** Where Idempotency-Keys are kept: one row per id, claimed atomically. */
export interface IdempotencyStore {
  /**
   * Claims `id` for a request starting now, unless an unexpired record holds it (then that record
   * is returned, unchanged). An expired record is replaced by the new claim. Atomic: of two claims
   * at once exactly one wins.
   */
  claim(id: string, fingerprint: string, expiresAt: Date, now: Date): Promise<IdempotencyClaim>;
  /** Stores the first answer of a claim. */
  complete(id: string, answer: string): Promise<void>;
  /** Gives a claim up (the request failed): the key may be used again. */
  release(id: string): Promise<void>;
}
