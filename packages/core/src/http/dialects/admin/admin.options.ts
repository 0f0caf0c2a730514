import type { DialectBaseOptions } from '../../dialect-plugin';

export interface AdminDialectOptions extends DialectBaseOptions {
  /**
   * The host's operator credential, sent as `Authorization: Bearer <token>`: it alone manages
   * tenants. At least 16 characters; absent, empty or null: operator access is off (401).
   * Compared in constant time; never logged, never answered.
   */
  readonly operatorToken?: string | null;
  /** How long an Idempotency-Key and its first answer are kept, in seconds (default 86,400: 24 hours). */
  readonly idempotencySeconds?: number;
}
