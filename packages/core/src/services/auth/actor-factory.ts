import type { Actor, ApiKey, RoleCatalog, User } from '../../domain';
import { effectivePermissions, findRole } from '../../rules';

function organizationScoped(catalog: RoleCatalog, role: string): boolean {
  return findRole(catalog, role)?.scope === 'organization';
}

/** The actor a signed-in user acts as: its effective permissions, its subtree when its role is scoped. */
export function actorForUser(catalog: RoleCatalog, user: User): Actor {
  return {
    tenantId: user.tenantId,
    kind: 'user',
    id: user.id,
    role: user.role,
    permissions: effectivePermissions(catalog, user.role, user.permissions),
    scopeOrganizationId: organizationScoped(catalog, user.role) ? user.organizationId : null,
    organizationId: user.organizationId,
  };
}

/**
 * The actor an API key acts as. A key bound to an organization acts in that subtree. A key whose
 * role is organization-scoped but which names no organization cannot act at all (null), rather
 * than act on the whole tenant.
 */
export function actorForApiKey(catalog: RoleCatalog, key: ApiKey): Actor | null {
  if (key.organizationId === null && organizationScoped(catalog, key.role)) return null;
  return {
    tenantId: key.tenantId,
    kind: 'apiKey',
    id: key.id,
    role: key.role,
    permissions: effectivePermissions(catalog, key.role, key.permissions),
    scopeOrganizationId: key.organizationId,
    organizationId: key.organizationId,
  };
}
