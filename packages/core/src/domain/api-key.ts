import type { Permission } from './permission';

/** An API key. Only a SHA-256 hash of the secret is kept, with a short display prefix. */
export interface ApiKey {
  readonly id: string;
  readonly tenantId: string;
  readonly name: string;
  /** The first characters of the secret, for display ("rk_acme_01…"). */
  readonly prefix: string;
  /** Hex SHA-256 of the secret. */
  readonly secretHash: string;
  readonly role: string;
  readonly permissions: readonly Permission[];
  /** Binds the key to an organization's subtree, like an organization administrator. */
  readonly organizationId: number | null;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  /** From this moment the key no longer authenticates (null: never); a rotation with a grace period sets it on the old key. */
  readonly expiresAt: Date | null;
}
