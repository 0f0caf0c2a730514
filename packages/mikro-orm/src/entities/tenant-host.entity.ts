import { EntitySchema } from '@mikro-orm/core';

/**
 * A row of `roster_tenant_hosts`: one host name (normalised) that selects its tenant in the
 * courselit dialect. A host belongs to one tenant only (unique `host`).
 */
export interface TenantHostRow {
  tenantId: string;
  host: string;
}

export const TENANT_HOST_INDEXES = { host: 'roster_tenant_hosts_host_unique' } as const;

export const RosterTenantHostSchema = new EntitySchema<TenantHostRow>({
  name: 'RosterTenantHost',
  tableName: 'roster_tenant_hosts',
  properties: {
    tenantId: { type: 'string', length: 128, primary: true, fieldName: 'tenant_id' },
    host: { type: 'string', length: 255, primary: true, fieldName: 'host' },
  },
  uniques: [{ name: TENANT_HOST_INDEXES.host, properties: ['host'] }],
});
