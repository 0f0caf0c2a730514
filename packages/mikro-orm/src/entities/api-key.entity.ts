import { EntitySchema } from '@mikro-orm/core';

export interface ApiKeyRow {
  id: string;
  tenantId: string;
  name: string;
  prefix: string;
  secretHash: string;
  role: string;
  permissions: string[];
  organizationId: number | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
}

export const RosterApiKeySchema = new EntitySchema<ApiKeyRow>({
  name: 'RosterApiKey',
  tableName: 'roster_api_keys',
  properties: {
    id: { type: 'string', length: 128, primary: true, fieldName: 'id' },
    tenantId: { type: 'string', length: 128, fieldName: 'tenant_id' },
    name: { type: 'string', length: 255, fieldName: 'name' },
    prefix: { type: 'string', length: 64, fieldName: 'prefix' },
    secretHash: { type: 'string', length: 128, fieldName: 'secret_hash' },
    role: { type: 'string', length: 100, fieldName: 'role' },
    permissions: { type: 'json', fieldName: 'permissions' },
    organizationId: { type: 'integer', nullable: true, fieldName: 'organization_id' },
    createdAt: { type: 'datetime', length: 3, fieldName: 'created_at' },
    lastUsedAt: { type: 'datetime', length: 3, nullable: true, fieldName: 'last_used_at' },
    expiresAt: { type: 'datetime', length: 3, nullable: true, fieldName: 'expires_at' },
  },
  uniques: [{ name: 'roster_api_keys_secret_hash_unique', properties: ['secretHash'] }],
  indexes: [{ name: 'roster_api_keys_tenant_index', properties: ['tenantId', 'createdAt', 'id'] }],
});
