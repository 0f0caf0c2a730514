import type { Actor, ApiKey, Organization, RoleCatalog } from '../../domain';
import { RosterError } from '../../errors';
import { canActOn, findRole, inScope } from '../../rules';

/** The longest grace period a rotation may give the old secret: 30 days. */
export const MAX_GRACE_SECONDS = 30 * 24 * 3600;

/** The permission that manages a tenant's API keys (held by the owner and administrator roles). */
export const KEY_MANAGEMENT_PERMISSION = 'setting:manage';

/**
 * Whether the actor sees the key: a tenant-wide actor sees every key of its tenant; an
 * organization-bound one only keys bound inside its subtree (a tenant-wide key reaches beyond it).
 */
export function keyVisible(actor: Actor, key: ApiKey, organizations: readonly Organization[]): boolean {
  if (key.tenantId !== actor.tenantId) return false;
  if (actor.scopeOrganizationId === null) return true;
  return key.organizationId !== null && inScope(actor, key.organizationId, organizations);
}

/** API_KEY_NOT_FOUND outside the scope, TARGET_ABOVE_ACTOR for a key whose role ranks above the actor's. */
export function requireCanActOnKey(catalog: RoleCatalog, actor: Actor, key: ApiKey, organizations: readonly Organization[]): void {
  if (!keyVisible(actor, key, organizations)) throw new RosterError('API_KEY_NOT_FOUND', 'no such API key');
  const target = { role: key.role, organizationId: key.organizationId ?? 0, permissions: key.permissions };
  // Scope was settled above (a tenant-wide key has no organization to check).
  const verdict = canActOn(catalog, { role: actor.role, scopeOrganizationId: null }, target, organizations);
  if (verdict !== 'allowed') throw new RosterError('TARGET_ABOVE_ACTOR', `key ${key.id} ranks above the actor`);
}

/** A key with an organization-scoped role must name its organization, or it could not act at all. */
export function requireOrganizationForRole(catalog: RoleCatalog, role: string, organizationId: number | null): void {
  if (organizationId === null && findRole(catalog, role)?.scope === 'organization') {
    throw new RosterError('VALIDATION_FAILED', 'an organization-scoped role needs an organization', {
      issues: [{ field: 'organizationId', message: 'is required for an organization-scoped role' }],
    });
  }
}
