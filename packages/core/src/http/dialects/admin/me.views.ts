import type { Actor, RoleDefinition } from '../../../domain';
import type { ApiKeyView } from '../../../services/api-keys/api-key-admin.types';

/** GET /me for a tenant API key: who it is and what it holds, never its secret or hash. */
export function adminMeKeyView(key: ApiKeyView, actor: Actor) {
  return {
    kind: 'api_key' as const,
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    role: key.role,
    permissions: [...key.permissions],
    effective_permissions: [...actor.permissions].sort(),
    organization_id: key.organizationId,
    tenant_id: key.tenantId,
  };
}

/** GET /me for the host's operator: no tenant, no key. */
export const ADMIN_ME_OPERATOR = { kind: 'operator' as const };

/** A role of the catalog on the admin wire, with whether the caller may give it. */
export function adminRoleView(role: RoleDefinition, assignable: boolean) {
  return { name: role.name, rank: role.rank, scope: role.scope, permissions: [...role.permissions], assignable };
}
