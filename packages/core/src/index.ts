import 'reflect-metadata';

// The names a host (and the store and framework adapters) use, each by name: what is not listed
// here (rules, DI tokens, service internals) stays inside the package. Imports go to the files
// that declare each name, not through the folders' barrels, so the surface is read off this file.
// Every change here shows in packages/core/api/core.api.md (`pnpm api:update`).

// Entry point and its options.
export { createRoster } from './roster';
export type {
  AuthServiceApi,
  BootstrapReport,
  BootstrapServiceApi,
  PasswordThrottleOptions,
  Roster,
  RosterOptions,
  RosterStores,
  TenantServiceApi,
  UserServiceApi,
  CreateGroupInput,
  GroupWriteOptions,
  UpdateGroupInput,
  GroupListQuery,
  GroupServiceApi,
} from './roster.types';
export type { ApiKeyCredentials, PasswordCredentials } from './services/auth-service.types';
export type {
  ApiKeyServiceApi,
  ApiKeyView,
  CreateApiKeyInput,
  CreatedApiKey,
  RotateApiKeyInput,
  RotatedApiKey,
} from './services/api-keys/api-key-admin.types';
export type { CreateTenantInput, TenantAdminApi, TenantFields } from './services/tenants/tenant-admin.types';
export type {
  DeletedUserListResult,
  DeletedUserView,
  ListDeletedUsersInput,
  PurgeDeletedUsersOptions,
  PurgeDeletedUsersResult,
  UserLifecycleApi,
} from './services/users/user-lifecycle.types';
export { operatorActor } from './services/operator/operator-actor';
export type { AuditTrailApi, AuditTrailQuery } from './services/audit/audit-trail.service';
export type { PurgeEventHistoryOptions, PurgeEventHistoryResult } from './services/audit/purge-event-history.service';
export { auditRetentionDaysOf, DEFAULT_WEBHOOK_HISTORY_DAYS, MAX_AUDIT_RETENTION_DAYS } from './rules/retention.rules';
export { IMPORT_BATCH_ROWS } from './services/imports/import-service.types';
export type { ImportProgressListener, ImportServiceApi, StartImportInput } from './services/imports/import-service.types';
export type {
  CreateWebhookInput,
  UpdateWebhookInput,
  WebhookAdminApi,
  WebhookDeliveryPage,
  WebhookOptions,
  WebhookWithSecret,
} from './services/webhooks/webhook-admin.service';
export type {
  CreateUserInput,
  DeleteUserOptions,
  ListUserPageInput,
  ListUsersInput,
  UpdateUserInput,
  UpdateUserOptions,
  UserFields,
  UserListResult,
  UserPageResult,
  UserRef,
  UserWriteResult,
} from './services/user-service.types';

// Domain records.
export type { Actor } from './domain/actor';
export type { ApiKey } from './domain/api-key';
export { PERMISSIONS, type Permission } from './domain/permission';
export {
  profileSchemaOf,
  profileValuesOf,
  type ProfileField,
  type ProfileFieldStorage,
  type ProfileFieldType,
  type SchemaField,
} from './domain/profile-field';
export { DEFAULT_ROLE_CATALOG, type RoleCatalog, type RoleDefinition } from './domain/role';
export type { Group, IdentifyBy, Organization, Tenant } from './domain/tenant';
export { DEFAULT_DELETED_USER_RETENTION_DAYS, type DeletedUser } from './domain/deleted-user';
export {
  DEFAULT_USER_SETTINGS,
  USER_STATUSES,
  type Theme,
  type User,
  type UserSettings,
  type UserStatus,
  type UserView,
} from './domain/user';

// Errors.
export { ERROR_CODES, type ErrorCode } from './errors/error-code';
export { RosterError, profileValueTaken, validationError, type FieldIssue, type RosterErrorDetails } from './errors/roster-error';

// Ports: what a store adapter or a host's own implementation provides.
export type { ApiKeyStore, ApiKeyWithTenant } from './ports/api-key-store.port';
export {
  AUDIT_EVENT_TYPES,
  type AuditActor,
  type AuditChange,
  type AuditEvent,
  type AuditEventQuery,
  type AuditEventStore,
  type AuditEventType,
  type AuditOrigin,
  type AuditTarget,
} from './ports/audit-event-store.port';
export { withAuditOrigin } from './audit/audit-origin';
// Event ids sort by time: for a store's own tests and for rows a host writes or reads by age.
export { auditEventId, auditEventIdFloor } from './audit/audit-event-id';
export type { Clock } from './ports/clock.port';
export type { DeletedUserListQuery, DeletedUserPage, DeletedUserStore } from './ports/deleted-user-store.port';
export type { EventSink, RosterEvent } from './ports/event-sink.port';
export type { IdGenerator } from './ports/id-generator.port';
export type { Logger } from './ports/logger.port';
export type { MailMessage, Mailer } from './ports/mailer.port';
export type {
  RefusalReason,
  RefusalSample,
  RequestSample,
  RosterMetrics,
  StoreCallSample,
  WebhookAttemptOutcome,
  WebhookAttemptSample,
} from './ports/metrics.port';
export type { PasswordHasher } from './ports/password-hasher.port';
export type { RateLimitPolicy, RateLimitState, RateLimiter, RateLimiterFactory } from './ports/rate-limiter.port';
export type { IdempotencyClaim, IdempotencyRecord, IdempotencyStore } from './ports/idempotency-store.port';
export { IMPORT_ERRORS_KEPT } from './ports/import-job-store.port';
export type {
  ImportFormat,
  ImportJob,
  ImportJobActor,
  ImportJobPatch,
  ImportJobStatus,
  ImportJobStore,
  ImportRowError,
} from './ports/import-job-store.port';
export type { GroupChanges, NewGroup, TenantStore } from './ports/tenant-store.port';
export type { TransactionalStores, UnitOfWork } from './ports/unit-of-work.port';
export type { UserListPosition, UserListQuery, UserMatch, UserPage, UserStore } from './ports/user-store.port';
export type {
  UserCompareOp,
  UserDateField,
  UserFilter,
  UserFilterLeaf,
  UserSort,
  UserSortField,
  UserSortPosition,
  UserTextField,
} from './ports/user-filter.port';
export type {
  WebhookDeliveryAttempt,
  WebhookDeliveryQuery,
  WebhookDisabledReason,
  WebhookEndpoint,
  WebhookEndpointPatch,
  WebhookEndpointStore,
  WebhookOutboxEntry,
  WebhookOutboxEntryPatch,
  WebhookOutboxStore,
  WebhookSubscriber,
} from './ports/webhook-endpoint-store.port';

// Rules a store adapter applies the same way the core does.
export { normalizeAccountUrl } from './rules/account-url.rules';
export { groupNameKey, groupNamedLike, nextGroupId } from './rules/group.rules';
export { membershipChanges } from './rules/membership.rules';
export { effectivePermissions } from './rules/permission.rules';
export { uniqueProfileValues, type UniqueProfileValue } from './rules/profile-value.rules';
export {
  classifyWebhookAddress,
  type WebhookAddressKind,
  type WebhookAddressPolicy,
  type WebhookUrlProblem,
} from './rules/webhook-url.rules';
export { checkWebhookUrl, type WebhookHostResolver, type WebhookUrlCheck } from './webhooks/webhook-url-check';
export { generateWebhookSecret } from './webhooks/webhook-secret';
export type { WebhookDeliveryHandle, WebhookDeliveryOptions } from './webhooks/webhook-delivery.worker';

// Default port implementations.
export { hashApiKeySecret } from './defaults/api-key-secret';
export { Argon2PasswordHasher, type Argon2Options } from './defaults/argon2-password-hasher';
export { ConsoleLogger, type ConsoleLoggerOptions, type LineSink } from './defaults/console-logger';
export type { FlexibleLimiter } from './defaults/flexible-rate-limiter';
export { MemoryIdempotencyStore } from './defaults/memory-idempotency-store';
export { NanoidIdGenerator } from './defaults/nanoid-id-generator';
export { NoopEventSink } from './defaults/noop-event-sink';
export { OutboxMailer, type OutboxMailerOptions } from './defaults/outbox-mailer';
export { MemoryRateLimiterFactory, RateLimiterFlexibleFactory, type FlexibleLimiterBuilder } from './defaults/rate-limiter.factory';
export { SilentLogger } from './defaults/silent-logger';
export { SystemClock } from './defaults/system-clock';

// Shared limits across instances (Redis, PostgreSQL; docs/shared-limits.md).
export { connectSharedLimits, type SharedLimits, type SharedLimitsOptions } from './defaults/shared-limits/connect-shared-limits';
export { describeLimitsStore, limitsStoreKind, type LimitsStoreKind } from './defaults/shared-limits/limits-store-url';
export {
  postgresRateLimiterFactory,
  type PostgresLimitsPool,
  type PostgresRateLimiterOptions,
} from './defaults/shared-limits/postgres-rate-limiter.factory';
export {
  redisRateLimiterFactory,
  type RedisLimitsClient,
  type RedisRateLimiterOptions,
} from './defaults/shared-limits/redis-rate-limiter.factory';
export { SharedStoreRateLimiterFactory, type StoreLimiterOptions } from './defaults/shared-limits/shared-rate-limiter.factory';

// Health (liveness, readiness) for the host to mount (`healthDialect` in @roster/core/http).
export { DEFAULT_HEALTH_TIMEOUT_MS, HealthService } from './health/health.service';
export type { ComponentHealth, HealthApi, HealthCheck, HealthReport } from './health/health.types';

// Metrics (prom-client) and spans (@opentelemetry/api), both optional (docs/observability.md).
export {
  createPrometheusMetrics,
  type PrometheusMetrics,
  type PrometheusMetricsOptions,
  type PrometheusRegistry,
  WEBHOOK_LAG_BUCKETS,
} from './defaults/prometheus-metrics';
export type { RequestEnd, RequestLabels, RosterTelemetry } from './telemetry/roster-telemetry';
