import { EntitySchema } from '@mikro-orm/core';

/**
 * A row of `roster_tenant_counters`: the seats taken, the next integer user id and the next group
 * id of one tenant. Seats and user ids change only by one atomic `UPDATE … SET user_count =
 * user_count + 1 …`, never read-then-written; the group id under the row's lock (group-writes.ts).
 */
export interface TenantCounterRow {
  tenantId: string;
  userCount: number;
  nextUserId: number;
  nextGroupId: number;
}

export const RosterTenantCounterSchema = new EntitySchema<TenantCounterRow>({
  name: 'RosterTenantCounter',
  tableName: 'roster_tenant_counters',
  properties: {
    tenantId: { type: 'string', length: 128, primary: true, fieldName: 'tenant_id' },
    userCount: { type: 'integer', fieldName: 'user_count' },
    nextUserId: { type: 'integer', fieldName: 'next_user_id' },
    nextGroupId: { type: 'integer', default: 1, fieldName: 'next_group_id' },
  },
});
