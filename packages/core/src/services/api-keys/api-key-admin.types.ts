import type { Actor, ApiKey, Permission } from '../../domain';

/** An API key as the admin API shows it: never the secret, never its hash. */
export type ApiKeyView = Omit<ApiKey, 'secretHash'>;

export interface CreateApiKeyInput {
  readonly name: string;
  readonly role: string;
  /** Explicit permissions on top of the role's (each must be held by the actor). */
  readonly permissions?: readonly Permission[];
  /** Binds the key to an organization's subtree; an organization-bound actor's own when absent. */
  readonly organizationId?: number | null;
  /** From this moment the key no longer authenticates; must be in the future. Absent or null: never. */
  readonly expiresAt?: Date | null;
}

export interface RotateApiKeyInput {
  /** How long the old secret keeps working, in seconds (0, the default: revoked at once). */
  readonly graceSeconds?: number;
}

export interface RotatedApiKey extends CreatedApiKey {
  /** The key that was rotated: its id, and when its secret stops working (null: it is gone already). */
  readonly replaced: { readonly id: string; readonly expiresAt: Date | null };
}

export interface CreatedApiKey {
  readonly key: ApiKeyView;
  /** Shown once, in the answer to the create request; only its hash is stored. */
  readonly secret: string;
}

/** Key management for tenant actors: `setting:manage`, within the role hierarchy and scope. */
export interface ApiKeyServiceApi {
  create(actor: Actor, input: CreateApiKeyInput): Promise<CreatedApiKey>;
  list(actor: Actor): Promise<readonly ApiKeyView[]>;
  get(actor: Actor, id: string): Promise<ApiKeyView>;
  /** The key the actor authenticated with (no permission needed: every key may see itself). */
  own(actor: Actor): Promise<ApiKeyView>;
  /** Deletes the key: its secret stops working at once through this Roster. */
  revoke(actor: Actor, id: string): Promise<void>;
  /**
   * Issues a new key (new id, new secret, shown once) with the old key's name, role, permissions,
   * organization and expiry; the old key is revoked at once, or after `graceSeconds`.
   */
  rotate(actor: Actor, id: string, input?: RotateApiKeyInput): Promise<RotatedApiKey>;
}
