import { EntitySchema } from '@mikro-orm/core';

/** A row of `roster_user_groups`: one user's membership of one group. */
export interface UserGroupRow {
  tenantId: string;
  userId: number;
  groupId: number;
}

export const USER_GROUP_INDEXES = { group: 'roster_user_groups_group_index' } as const;

export const RosterUserGroupSchema = new EntitySchema<UserGroupRow>({
  name: 'RosterUserGroup',
  tableName: 'roster_user_groups',
  properties: {
    tenantId: { type: 'string', length: 128, primary: true, fieldName: 'tenant_id' },
    userId: { type: 'integer', primary: true, autoincrement: false, fieldName: 'user_id' },
    groupId: { type: 'integer', primary: true, autoincrement: false, fieldName: 'group_id' },
  },
  indexes: [{ name: USER_GROUP_INDEXES.group, properties: ['tenantId', 'groupId', 'userId'] }],
});
