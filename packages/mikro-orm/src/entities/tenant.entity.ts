import { EntitySchema } from '@mikro-orm/core';

/** A row of `roster_tenants`. The seat counter lives apart, in `roster_tenant_counters`. */
export interface TenantRow {
  id: string;
  name: string;
  accountUrl: string | null;
  identifyBy: string;
  seatLimit: number | null;
  defaultPermissions: string[];
  rootOrganizationId: number;
  /** `Tenant.profileFields` (null read as none: the column was added after the initial schema). */
  profileFields: { name: string; label: string; type: string; required: boolean; unique: boolean; values: string[] }[] | null;
  /** `Tenant.requireIfMatch`; null (the column was added later) and false: not required. */
  requireIfMatch: boolean | null;
  /** `Tenant.deletedUserRetentionDays`; null: the default (30). */
  deletedUserRetentionDays: number | null;
  /** `Tenant.auditRetentionDays`; null: kept for ever. */
  auditRetentionDays: number | null;
}

export const RosterTenantSchema = new EntitySchema<TenantRow>({
  name: 'RosterTenant',
  tableName: 'roster_tenants',
  properties: {
    id: { type: 'string', length: 128, primary: true, fieldName: 'id' },
    name: { type: 'string', length: 255, fieldName: 'name' },
    accountUrl: { type: 'string', length: 512, nullable: true, fieldName: 'account_url' },
    identifyBy: { type: 'string', length: 16, fieldName: 'identify_by' },
    seatLimit: { type: 'integer', nullable: true, fieldName: 'seat_limit' },
    defaultPermissions: { type: 'json', fieldName: 'default_permissions' },
    rootOrganizationId: { type: 'integer', fieldName: 'root_organization_id' },
    profileFields: { type: 'json', nullable: true, fieldName: 'profile_fields' },
    requireIfMatch: { type: 'boolean', nullable: true, fieldName: 'require_if_match' },
    deletedUserRetentionDays: { type: 'integer', nullable: true, fieldName: 'deleted_user_retention_days' },
    auditRetentionDays: { type: 'integer', nullable: true, fieldName: 'audit_retention_days' },
  },
  uniques: [{ name: 'roster_tenants_name_unique', properties: ['name'] }],
  indexes: [{ name: 'roster_tenants_account_url_index', properties: ['accountUrl'] }],
});
