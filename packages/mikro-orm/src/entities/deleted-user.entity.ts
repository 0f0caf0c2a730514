import { EntitySchema } from '@mikro-orm/core';

/**
 * A row of `roster_deleted_users`: one soft-deleted user, kept apart from `roster_users` until it
 * is restored or purged. `data` is the user as it was (JSON text, the password hash included so a
 * restored user signs in as before); `created_at` copies the user's, for the list order.
 */
export interface DeletedUserRow {
  tenantId: string;
  id: number;
  publicId: string;
  createdAt: Date;
  deletedAt: Date;
  data: string;
}

export const DELETED_USER_INDEXES = {
  publicId: 'roster_deleted_users_public_id_index',
  created: 'roster_deleted_users_created_index',
  deleted: 'roster_deleted_users_deleted_index',
} as const;

export const RosterDeletedUserSchema = new EntitySchema<DeletedUserRow>({
  name: 'RosterDeletedUser',
  tableName: 'roster_deleted_users',
  properties: {
    tenantId: { type: 'string', length: 128, primary: true, fieldName: 'tenant_id' },
    id: { type: 'integer', primary: true, autoincrement: false, fieldName: 'id' },
    publicId: { type: 'string', length: 64, fieldName: 'public_id' },
    createdAt: { type: 'datetime', length: 3, fieldName: 'created_at' },
    deletedAt: { type: 'datetime', length: 3, fieldName: 'deleted_at' },
    data: { type: 'text', fieldName: 'data' },
  },
  indexes: [
    { name: DELETED_USER_INDEXES.publicId, properties: ['tenantId', 'publicId'] },
    { name: DELETED_USER_INDEXES.created, properties: ['tenantId', 'createdAt', 'id'] },
    { name: DELETED_USER_INDEXES.deleted, properties: ['tenantId', 'deletedAt'] },
  ],
});
