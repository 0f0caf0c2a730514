import type { Permission } from './permission';

/**
 * Who is acting: an API key, an authenticated user, or the host's operator inside a tenant
 * (services/operator/operator-actor.ts, never from a tenant credential), with its effective
 * permissions and, when it is bound to an organization, the root of the subtree it may act in.
 */
export interface Actor {
  readonly tenantId: string;
  readonly kind: 'apiKey' | 'user' | 'operator';
  /** The key's id, the user's integer id, or `operator`. */
  readonly id: string | number;
  readonly role: string;
  readonly permissions: ReadonlySet<Permission>;
  /** null: the whole tenant. */
  readonly scopeOrganizationId: number | null;
  /** The actor's own organization (for users; keys: their bound organization or null). */
  readonly organizationId: number | null;
}
