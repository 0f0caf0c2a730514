import { DoubleType, EntitySchema } from '@mikro-orm/core';

/** A row of `roster_users`, as MikroORM hands it over (the store maps it to the core `User`). */
export interface UserRow {
  tenantId: string;
  id: number;
  publicId: string;
  email: string | null;
  /** Lower-cased copy of `email`: the unique key (tenant, e-mail), case-insensitive on every driver. */
  emailKey: string | null;
  login: string | null;
  /** Lower-cased copy of `login`: the unique key (tenant, login). */
  loginKey: string | null;
  firstName: string;
  lastName: string;
  passwordHash: string | null;
  role: string;
  permissions: string[];
  status: string;
  organizationId: number;
  externalId: number | null;
  /** SCIM `externalId`: the identity provider's id (not unique). */
  scimExternalId: string | null;
  source: string;
  phoneNumber: string | null;
  liveScanner: boolean;
  subscribedToUpdates: boolean;
  settings: { theme: string; notifications: boolean };
  /** Read copy of the memberships (the join table `roster_user_groups` is what filters use). */
  groupIds: number[];
  backendAccess: boolean;
  createdAt: Date;
  updatedAt: Date;
  lastLoginAt: Date | null;
  version: number;
  /** `User.profile` (null read as none: the column was added after the initial schema). */
  profile: Record<string, string> | null;
}

/** Index names, shared by the schema, the migration and the EXPLAIN test. */
export const USER_INDEXES = {
  emailUnique: 'roster_users_email_key_unique',
  loginUnique: 'roster_users_login_key_unique',
  publicIdUnique: 'roster_users_public_id_unique',
  createdAt: 'roster_users_created_at_index',
  role: 'roster_users_role_index',
  status: 'roster_users_status_index',
  organization: 'roster_users_organization_index',
  scimExternalId: 'roster_users_scim_external_id_index',
} as const;

export const RosterUserSchema = new EntitySchema<UserRow>({
  name: 'RosterUser',
  tableName: 'roster_users',
  properties: {
    tenantId: { type: 'string', length: 128, primary: true, fieldName: 'tenant_id' },
    id: { type: 'integer', primary: true, autoincrement: false, fieldName: 'id' },
    publicId: { type: 'string', length: 64, fieldName: 'public_id' },
    email: { type: 'string', length: 320, nullable: true, fieldName: 'email' },
    emailKey: { type: 'string', length: 320, nullable: true, fieldName: 'email_key' },
    login: { type: 'string', length: 255, nullable: true, fieldName: 'login' },
    loginKey: { type: 'string', length: 255, nullable: true, fieldName: 'login_key' },
    firstName: { type: 'text', fieldName: 'first_name' },
    lastName: { type: 'text', fieldName: 'last_name' },
    passwordHash: { type: 'string', length: 255, nullable: true, fieldName: 'password_hash' },
    role: { type: 'string', length: 100, fieldName: 'role' },
    permissions: { type: 'json', fieldName: 'permissions' },
    status: { type: 'string', length: 16, fieldName: 'status' },
    organizationId: { type: 'integer', fieldName: 'organization_id' },
    // A double: the objective dialect stores any JSON number (12.5 included), exactly as JavaScript holds it.
    externalId: { type: DoubleType, runtimeType: 'number', nullable: true, fieldName: 'external_id' },
    scimExternalId: { type: 'string', length: 255, nullable: true, fieldName: 'scim_external_id' },
    source: { type: 'string', length: 255, fieldName: 'source' },
    phoneNumber: { type: 'string', length: 64, nullable: true, fieldName: 'phone_number' },
    liveScanner: { type: 'boolean', fieldName: 'live_scanner' },
    subscribedToUpdates: { type: 'boolean', fieldName: 'subscribed_to_updates' },
    settings: { type: 'json', fieldName: 'settings' },
    groupIds: { type: 'json', fieldName: 'group_ids' },
    backendAccess: { type: 'boolean', fieldName: 'backend_access' },
    createdAt: { type: 'datetime', length: 3, fieldName: 'created_at' },
    updatedAt: { type: 'datetime', length: 3, fieldName: 'updated_at' },
    lastLoginAt: { type: 'datetime', length: 3, nullable: true, fieldName: 'last_login_at' },
    version: { type: 'integer', fieldName: 'version' },
    profile: { type: 'json', nullable: true, fieldName: 'profile' },
  },
  uniques: [
    { name: USER_INDEXES.emailUnique, properties: ['tenantId', 'emailKey'] },
    { name: USER_INDEXES.loginUnique, properties: ['tenantId', 'loginKey'] },
    { name: USER_INDEXES.publicIdUnique, properties: ['tenantId', 'publicId'] },
  ],
  indexes: [
    { name: USER_INDEXES.createdAt, properties: ['tenantId', 'createdAt', 'id'] },
    { name: USER_INDEXES.role, properties: ['tenantId', 'role', 'createdAt', 'id'] },
    { name: USER_INDEXES.status, properties: ['tenantId', 'status', 'createdAt', 'id'] },
    { name: USER_INDEXES.organization, properties: ['tenantId', 'organizationId'] },
    { name: USER_INDEXES.scimExternalId, properties: ['tenantId', 'scimExternalId'] },
  ],
});
