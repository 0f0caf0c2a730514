import { EntitySchema } from '@mikro-orm/core';

/**
 * A row of `roster_tenant_counters`: the seats taken and the next integer user id of one tenant.
 * Changed only by one atomic `UPDATE … SET user_count = user_count + 1 …`, never read-then-written.
 */
export interface TenantCounterRow {
  tenantId: string;
  userCount: number;
  nextUserId: number;
}

export const RosterTenantCounterSchema = new EntitySchema<TenantCounterRow>({
  name: 'RosterTenantCounter',
  tableName: 'roster_tenant_counters',
  properties: {
    tenantId: { type: 'string', length: 128, primary: true, fieldName: 'tenant_id' },
    userCount: { type: 'integer', fieldName: 'user_count' },
    nextUserId: { type: 'integer', fieldName: 'next_user_id' },
  },
});
