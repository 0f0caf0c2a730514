import { EntitySchema } from '@mikro-orm/core';

/**
 * A row of `roster_user_counts`: how many users of one tenant have one (role, status). Kept exact
 * by the user store in the transaction of every user write that changes a user's cell, so a list
 * filtered only by tenant, role and status answers its total without counting user rows. Not the
 * seat counter (`roster_tenant_counters.user_count`, what `allocateUser` / `releaseSeat` move).
 */
export interface UserCountRow {
  tenantId: string;
  role: string;
  status: string;
  users: number;
}

export const RosterUserCountSchema = new EntitySchema<UserCountRow>({
  name: 'RosterUserCount',
  tableName: 'roster_user_counts',
  properties: {
    tenantId: { type: 'string', length: 128, primary: true, fieldName: 'tenant_id' },
    role: { type: 'string', length: 100, primary: true, fieldName: 'role' },
    status: { type: 'string', length: 16, primary: true, fieldName: 'status' },
    users: { type: 'integer', fieldName: 'users' },
  },
});
