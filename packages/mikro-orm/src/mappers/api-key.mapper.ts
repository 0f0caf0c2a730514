import type { ApiKey, Permission } from '@roster/core';
import type { ApiKeyRow } from '../entities';

export function toApiKeyRow(key: ApiKey): ApiKeyRow {
  return {
    id: key.id,
    tenantId: key.tenantId,
    name: key.name,
    prefix: key.prefix,
    secretHash: key.secretHash,
    role: key.role,
    permissions: [...key.permissions],
    organizationId: key.organizationId,
    createdAt: new Date(key.createdAt.getTime()),
    lastUsedAt: key.lastUsedAt === null ? null : new Date(key.lastUsedAt.getTime()),
    expiresAt: key.expiresAt === null ? null : new Date(key.expiresAt.getTime()),
  };
}

export function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    tenantId: row.tenantId,
    name: row.name,
    prefix: row.prefix,
    secretHash: row.secretHash,
    role: row.role,
    permissions: [...row.permissions] as Permission[],
    organizationId: row.organizationId,
    createdAt: new Date(row.createdAt.getTime()),
    lastUsedAt: row.lastUsedAt === null ? null : new Date(row.lastUsedAt.getTime()),
    expiresAt: row.expiresAt === null ? null : new Date(row.expiresAt.getTime()),
  };
}
