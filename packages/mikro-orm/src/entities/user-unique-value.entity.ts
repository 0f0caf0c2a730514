import { EntitySchema } from '@mikro-orm/core';

/**
 * A row of `roster_user_unique_values`: one user's value of one unique custom profile field, by
 * its lower-cased key. The primary key (tenant, field, key) is what makes the value unique in
 * the tenant under concurrency; the user's own value is kept in `roster_users.profile`.
 */
export interface UserUniqueValueRow {
  tenantId: string;
  field: string;
  valueKey: string;
  userId: number;
}

export const USER_UNIQUE_VALUE_INDEXES = { user: 'roster_user_unique_values_user_index' } as const;

export const RosterUserUniqueValueSchema = new EntitySchema<UserUniqueValueRow>({
  name: 'RosterUserUniqueValue',
  tableName: 'roster_user_unique_values',
  properties: {
    tenantId: { type: 'string', length: 128, primary: true, fieldName: 'tenant_id' },
    field: { type: 'string', length: 64, primary: true, fieldName: 'field' },
    valueKey: { type: 'string', length: 512, primary: true, fieldName: 'value_key' },
    userId: { type: 'integer', fieldName: 'user_id' },
  },
  indexes: [{ name: USER_UNIQUE_VALUE_INDEXES.user, properties: ['tenantId', 'userId'] }],
});
