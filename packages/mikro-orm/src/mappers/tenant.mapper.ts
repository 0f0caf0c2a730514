import type { Group, IdentifyBy, Organization, Permission, ProfileField, ProfileFieldType, Tenant } from '@roster/core';
import type { GroupRow, OrganizationRow, TenantRow } from '../entities';

export function toTenantRow(tenant: Tenant): TenantRow {
  return {
    id: tenant.id,
    name: tenant.name,
    accountUrl: tenant.accountUrl,
    identifyBy: tenant.identifyBy,
    seatLimit: tenant.seatLimit,
    defaultPermissions: [...tenant.defaultPermissions],
    rootOrganizationId: tenant.rootOrganizationId,
    profileFields: tenant.profileFields.map((field) => ({ ...field, values: [...field.values] })),
    requireIfMatch: tenant.requireIfMatch === true ? true : null,
    deletedUserRetentionDays: tenant.deletedUserRetentionDays ?? null,
    auditRetentionDays: tenant.auditRetentionDays ?? null,
  };
}

/** `hosts`: the tenant's rows of `roster_tenant_hosts`, read apart. */
export function toTenant(row: TenantRow, hosts: readonly string[]): Tenant {
  return {
    id: row.id,
    name: row.name,
    accountUrl: row.accountUrl,
    identifyBy: row.identifyBy as IdentifyBy,
    seatLimit: row.seatLimit,
    defaultPermissions: [...row.defaultPermissions] as Permission[],
    rootOrganizationId: row.rootOrganizationId,
    hosts: [...hosts].sort(),
    profileFields: toProfileFields(row),
    ...(row.requireIfMatch === true || (row.requireIfMatch as unknown) === 1 ? { requireIfMatch: true } : {}),
    ...(row.deletedUserRetentionDays === null ? {} : { deletedUserRetentionDays: row.deletedUserRetentionDays }),
    ...(row.auditRetentionDays === null ? {} : { auditRetentionDays: row.auditRetentionDays }),
  };
}

/** A tenant row's custom profile fields. */
export function toProfileFields(row: TenantRow): ProfileField[] {
  return (row.profileFields ?? []).map((field): ProfileField => ({
    ...field,
    type: field.type as ProfileFieldType,
    values: [...field.values],
  }));
}

export function toOrganizationRow(organization: Organization): OrganizationRow {
  return { tenantId: organization.tenantId, id: organization.id, name: organization.name, parentId: organization.parentId };
}

export function toOrganization(row: OrganizationRow): Organization {
  return { tenantId: row.tenantId, id: row.id, name: row.name, parentId: row.parentId };
}

/** A stored time as a Date (the epoch for a row the timestamps migration has not filled). */
const timeOf = (value: Date | null): Date => new Date(value === null ? 0 : value.getTime());

export function toGroupRow(group: Group): GroupRow {
  return {
    tenantId: group.tenantId,
    id: group.id,
    name: group.name,
    organizationId: group.organizationId,
    version: group.version,
    externalId: group.externalId,
    createdAt: new Date(group.createdAt.getTime()),
    updatedAt: new Date(group.updatedAt.getTime()),
  };
}

export function toGroup(row: GroupRow): Group {
  return {
    tenantId: row.tenantId,
    id: row.id,
    name: row.name,
    organizationId: row.organizationId,
    version: row.version,
    externalId: row.externalId ?? null,
    createdAt: timeOf(row.createdAt),
    updatedAt: timeOf(row.updatedAt ?? row.createdAt),
  };
}
