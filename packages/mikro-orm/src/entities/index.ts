import { RosterApiKeySchema } from './api-key.entity';
import { RosterGroupSchema } from './group.entity';
import { RosterOrganizationSchema } from './organization.entity';
import { RosterTenantCounterSchema } from './tenant-counter.entity';
import { RosterTenantSchema } from './tenant.entity';
import { RosterUserGroupSchema } from './user-group.entity';
import { RosterMigrationSchema } from './roster-migration.entity';
import { RosterUserSchema } from './user.entity';
import { RosterTenantHostSchema } from './tenant-host.entity';
import { RosterUserUniqueValueSchema } from './user-unique-value.entity';
import { RosterUserCountSchema } from './user-count.entity';
import { RosterIdempotencyKeySchema } from './idempotency-key.entity';
import { RosterAuditEventSchema } from './audit-event.entity';
import { RosterImportJobSchema } from './import-job.entity';
import { RosterDeletedUserSchema } from './deleted-user.entity';
import { RosterWebhookDeliverySchema, RosterWebhookEndpointSchema, RosterWebhookOutboxSchema } from './webhook.entity';

export { RosterApiKeySchema, type ApiKeyRow } from './api-key.entity';
export { RosterGroupSchema, type GroupRow } from './group.entity';
export { RosterOrganizationSchema, type OrganizationRow } from './organization.entity';
export { RosterMigrationSchema, type RosterMigrationRow } from './roster-migration.entity';
export { RosterTenantCounterSchema, type TenantCounterRow } from './tenant-counter.entity';
export { RosterTenantSchema, type TenantRow } from './tenant.entity';
export { RosterUserGroupSchema, USER_GROUP_INDEXES, type UserGroupRow } from './user-group.entity';
export { RosterUserSchema, USER_INDEXES, type UserRow } from './user.entity';
export { RosterTenantHostSchema, TENANT_HOST_INDEXES, type TenantHostRow } from './tenant-host.entity';
export { RosterUserUniqueValueSchema, USER_UNIQUE_VALUE_INDEXES, type UserUniqueValueRow } from './user-unique-value.entity';
export { RosterUserCountSchema, type UserCountRow } from './user-count.entity';
export { RosterIdempotencyKeySchema, IDEMPOTENCY_KEY_INDEXES, type IdempotencyKeyRow } from './idempotency-key.entity';
export { RosterAuditEventSchema, AUDIT_EVENT_INDEXES, type AuditEventRow } from './audit-event.entity';
export { RosterImportJobSchema, IMPORT_JOB_INDEXES, type ImportJobRow } from './import-job.entity';
export { RosterDeletedUserSchema, DELETED_USER_INDEXES, type DeletedUserRow } from './deleted-user.entity';
export {
  RosterWebhookDeliverySchema,
  RosterWebhookEndpointSchema,
  RosterWebhookOutboxSchema,
  WEBHOOK_INDEXES,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
  type WebhookOutboxRow,
} from './webhook.entity';

/** Roster's entity schemas: a host joining its own MikroORM instance adds these to `entities`. */
export const rosterEntities = [
  RosterTenantSchema,
  RosterTenantCounterSchema,
  RosterOrganizationSchema,
  RosterGroupSchema,
  RosterUserSchema,
  RosterUserGroupSchema,
  RosterApiKeySchema,
  RosterMigrationSchema,
  RosterTenantHostSchema,
  RosterUserUniqueValueSchema,
  RosterUserCountSchema,
  RosterIdempotencyKeySchema,
  RosterAuditEventSchema,
  RosterImportJobSchema,
  RosterDeletedUserSchema,
  RosterWebhookEndpointSchema,
  RosterWebhookOutboxSchema,
  RosterWebhookDeliverySchema,
] as const;
