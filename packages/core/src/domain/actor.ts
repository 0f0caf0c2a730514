import type { Permission } from './permission';

/**
 * Who is acting: an API key or an authenticated user, with its effective permissions
 * and, when it is bound to an organization, the root of the subtree it may act in.
 */
export interface Actor {
  readonly tenantId: string;
  readonly kind: 'apiKey' | 'user';
  /** The key's id or the user's integer id. */
  readonly id: string | number;
  readonly role: string;
  readonly permissions: ReadonlySet<Permission>;
  /** null: the whole tenant. */
  readonly scopeOrganizationId: number | null;
  /** The actor's own organization (for users; keys: their bound organization or null). */
  readonly organizationId: number | null;
}
