import { retentionDaysOf, type Tenant, type UserView } from '../../../domain';
import { auditRetentionDaysOf } from '../../../rules/retention.rules';
import type { ApiKeyView } from '../../../services/api-keys/api-key-admin.types';
import type { DeletedUserView } from '../../../services/users/user-lifecycle.types';

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

/** A user on the admin wire (snake_case; never a hash). */
export function adminUserView(user: UserView) {
  return {
    id: user.publicId,
    email: user.email,
    login: user.login,
    first_name: user.firstName,
    last_name: user.lastName,
    name: user.name,
    role: user.role,
    permissions: [...user.permissions],
    status: user.status,
    organization_id: user.organizationId,
    created_at: iso(user.createdAt),
    updated_at: iso(user.updatedAt),
    last_login_at: iso(user.lastLoginAt),
    version: user.version,
  };
}

/** A soft-deleted user on the admin wire: the user as it was, with `deleted_at` and `purge_at`. */
export function adminDeletedUserView(entry: DeletedUserView) {
  return { ...adminUserView(entry.user), deleted_at: entry.deletedAt.toISOString(), purge_at: entry.purgeAt.toISOString() };
}

/** An API key on the admin wire: its prefix, never its secret or hash. */
export function adminKeyView(key: ApiKeyView) {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    role: key.role,
    permissions: [...key.permissions],
    organization_id: key.organizationId,
    created_at: iso(key.createdAt),
    last_used_at: iso(key.lastUsedAt),
    expires_at: iso(key.expiresAt),
  };
}

/** A tenant on the admin wire. */
export function adminTenantView(tenant: Tenant) {
  return {
    id: tenant.id,
    name: tenant.name,
    account_url: tenant.accountUrl,
    hosts: [...tenant.hosts],
    identify_by: tenant.identifyBy,
    seat_limit: tenant.seatLimit,
    root_organization_id: tenant.rootOrganizationId,
    require_if_match: tenant.requireIfMatch === true,
    deleted_user_retention_days: retentionDaysOf(tenant),
    audit_retention_days: auditRetentionDaysOf(tenant),
  };
}
