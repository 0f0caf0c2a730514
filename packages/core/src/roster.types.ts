import type { HealthApi } from './health/health.types';
import type { Actor, Group, RoleCatalog, SchemaField, Tenant, UserView } from './domain';
import type {
  ApiKeyStore,
  AuditEventStore,
  ImportJob,
  ImportJobStore,
  Clock,
  EventSink,
  IdGenerator,
  Logger,
  Mailer,
  PasswordHasher,
  RateLimiterFactory,
  RosterMetrics,
  IdempotencyStore,
  TenantStore,
  UnitOfWork,
  UserStore,
  WebhookEndpointStore,
} from './ports';
import type {
  ApiKeyCredentials,
  CreateUserInput,
  DeleteUserOptions,
  ListUserPageInput,
  ListUsersInput,
  PasswordCredentials,
  UpdateUserInput,
  UpdateUserOptions,
  UserListResult,
  UserPageResult,
  UserRef,
  UserWriteResult,
} from './services';
import type { ApiKeyServiceApi } from './services/api-keys';
import type { TenantAdminApi } from './services/tenants';
import type { RosterTelemetry } from './telemetry/roster-telemetry';
import type { AuditTrailApi, PurgeEventHistoryOptions, PurgeEventHistoryResult } from './services/audit';
import type { ImportServiceApi } from './services/imports';
import type { WebhookAdminApi, WebhookOptions } from './services/webhooks';
import type { WebhookDeliveryHandle, WebhookDeliveryOptions } from './webhooks/webhook-delivery.worker';
import type { PurgeDeletedUsersOptions, PurgeDeletedUsersResult, UserLifecycleApi } from './services/users';

/** The four storage ports a store adapter provides (`createMemoryStores()`, `createMikroOrmStores()`). */
export interface RosterStores {
  readonly users: UserStore;
  readonly tenants: TenantStore;
  readonly apiKeys: ApiKeyStore;
  readonly unitOfWork: UnitOfWork;
  /** Idempotency-Keys of the admin API; without it they are kept in this process's memory. */
  readonly idempotency?: IdempotencyStore;
  /** The audit trail, read outside any unit of work (appends go through `unitOfWork`). */
  readonly auditEvents: AuditEventStore;
  /** Bulk import jobs, read outside any unit of work (batches advance through `unitOfWork`). */
  readonly importJobs: ImportJobStore;
  /** Webhook endpoints, their outbox entries, delivery leases and log (entries are written through `unitOfWork`). */
  readonly webhooks: WebhookEndpointStore;
  /** Releases connections; called by `roster.close()`. */
  close?(): Promise<void>;
  /**
   * Resolves when the database answers (a cheap round trip, e.g. `select 1`), rejects when not:
   * the readiness check (`roster.health.ready()`). Without it, readiness looks a tenant up.
   */
  ping?(): Promise<void>;
}

export interface PasswordThrottleOptions {
  /** Failed attempts per account + login before 429 (default 10)… */
  readonly perLogin: number;
  /** …failed attempts per client address (default 100)… */
  readonly perAddress: number;
  /** …within this window (default 900 s). */
  readonly windowSeconds: number;
}

export interface RosterOptions {
  readonly stores: RosterStores;
  readonly roleCatalog?: RoleCatalog;
  readonly passwordHasher?: PasswordHasher;
  readonly mailer?: Mailer;
  readonly clock?: Clock;
  readonly idGenerator?: IdGenerator;
  readonly rateLimiterFactory?: RateLimiterFactory;
  readonly eventSink?: EventSink;
  readonly logger?: Logger;
  readonly passwordThrottle?: Partial<PasswordThrottleOptions>;
  /**
   * How long tenants and API keys (by secret hash) are cached (default 5 s; 0: not cached).
   * Writes through this Roster forget them at once; a key revoked or a tenant changed by anything
   * else (another process, the store directly) is seen at the latest this long after.
   */
  readonly storeCacheSeconds?: number;
  /** Where request, store-call and refusal metrics go (`createPrometheusMetrics()`); none when absent. */
  readonly metrics?: RosterMetrics;
  /**
   * True: spans through `@opentelemetry/api` (an optional peer), one per request and one per store
   * call, in the host's traces (docs/observability.md). Off by default: no proxy around the stores
   * and nothing on the hot path for hosts that do not trace.
   */
  readonly tracing?: boolean;
  /** Webhook endpoint URLs' server-side request forgery policy (docs/webhooks.md), checked on write and before every delivery. */
  readonly webhooks?: WebhookOptions;
}

export interface UserServiceApi {
  create(actor: Actor, input: CreateUserInput): Promise<UserWriteResult>;
  get(actor: Actor, ref: UserRef): Promise<UserView>;
  /** Whether a user the actor can see (other than `exceptUserId`) has this e-mail; needs `user:read`. */
  isEmailTaken(actor: Actor, email: string, exceptUserId?: number | null): Promise<boolean>;
  list(actor: Actor, input: ListUsersInput): Promise<UserListResult>;
  /** A page from the start or after a keyset position, without page numbers; counted only when `countTotal` (`user:read`). */
  listPage(actor: Actor, input: ListUserPageInput): Promise<UserPageResult>;
  update(actor: Actor, ref: UserRef, input: UpdateUserInput, options?: UpdateUserOptions): Promise<UserWriteResult>;
  delete(actor: Actor, ref: UserRef, options?: DeleteUserOptions): Promise<void>;
  /** The actor's tenant's profile-field schema, standard fields first (`user:read`). */
  profileSchema(actor: Actor): Promise<readonly SchemaField[]>;
}

/** A tenant's groups, read as the actor's scope allows (`user:read`). Memberships are written through `users`. */
export interface GroupListQuery {
  /** Only the groups of exactly this name (a store query). */
  readonly name?: string;
  /** Only the groups of exactly this `externalId` (a store query; ignored when `name` is given). */
  readonly externalId?: string;
}

export interface GroupServiceApi {
  /** The groups of organizations in the actor's scope, by id. */
  list(actor: Actor, query?: GroupListQuery): Promise<readonly Group[]>;
  /** The group, or null when the tenant has none of that id or it lies outside the actor's scope. */
  find(actor: Actor, id: number): Promise<Group | null>;
  /**
   * Creates a group (`user:manage` or `scim:provision`, a tenant-wide actor): its name trimmed and
   * unique in the tenant in any case (GROUP_NAME_TAKEN), in `organizationId` (default: the tenant's
   * root organization; ORGANIZATION_NOT_FOUND when the tenant has none of that id).
   */
  create(actor: Actor, input: CreateGroupInput): Promise<Group>;
  /** Renames a group (the same rules as `create`); GROUP_NOT_FOUND when there is none of that id. */
  rename(actor: Actor, id: number, name: string, options?: GroupWriteOptions): Promise<Group>;
  /**
   * Writes the fields sent (the rules of `create`), moving the version on; nothing changed and no
   * `expectedVersion`: the group as it is, unwritten. GROUP_NOT_FOUND when there is none of that id.
   */
  update(actor: Actor, id: number, input: UpdateGroupInput, options?: GroupWriteOptions): Promise<Group>;
  /** Deletes a group and its memberships; the users stay. GROUP_NOT_FOUND when there is none of that id. */
  delete(actor: Actor, id: number, options?: GroupWriteOptions): Promise<void>;
}

/** The fields of a group a write changes (absent: unchanged). */
export interface UpdateGroupInput {
  readonly name?: string;
  /** The identity provider's id (`normalizeGroupExternalId`); null or `''` clears it. */
  readonly externalId?: string | null;
}

export interface GroupWriteOptions {
  /**
   * `If-Match`: PRECONDITION_FAILED unless the stored group has this version; the write is then
   * held to it in the store (VERSION_CONFLICT when another write came in between).
   */
  readonly expectedVersion?: number;
}

export interface CreateGroupInput {
  readonly name: string;
  readonly organizationId?: number;
  /** The identity provider's id (`normalizeGroupExternalId`); absent, null or `''`: none. */
  readonly externalId?: string | null;
}

export interface AuthServiceApi {
  /** UNAUTHENTICATED for an unknown key (or one of another tenant than `tenantId`). */
  authenticateApiKey(credentials: ApiKeyCredentials): Promise<Actor>;
  /**
   * UNAUTHENTICATED for an unknown user, a wrong password or an inactive user, in similar time
   * whether the user exists or not; RATE_LIMITED (with `retryAfterSeconds`) when throttled.
   */
  authenticatePassword(credentials: PasswordCredentials): Promise<Actor>;
}

export interface TenantServiceApi {
  findById(id: string): Promise<Tenant | null>;
  findByName(name: string): Promise<Tenant | null>;
  /** Normalises the URL first (`normalizeAccountUrl`). */
  findByAccountUrl(accountUrl: string): Promise<Tenant | null>;
  /** The tenant listing the host of a `Host` header (port stripped, `hostOfHostHeader`), or null. */
  findByHost(hostHeader: string): Promise<Tenant | null>;
}

export interface BootstrapReport {
  readonly tenantsCreated: number;
  readonly tenantsUpdated: number;
  readonly organizations: number;
  readonly groups: number;
  readonly apiKeysCreated: number;
  readonly usersCreated: number;
  readonly usersExisting: number;
}

export interface BootstrapServiceApi {
  /**
   * Loads a bootstrap file's content (docs/bootstrap.md), idempotently. An invalid file throws
   * BOOTSTRAP_INVALID naming the offending path, before anything is written.
   */
  load(file: unknown): Promise<BootstrapReport>;
}

/** One Roster instance: what `createRoster(options)` returns. */
export interface Roster {
  readonly users: UserServiceApi;
  /** Soft delete, restore and purge of users (the admin API's DELETE; docs/dialects/admin.md). */
  readonly userLifecycle: UserLifecycleApi;
  /**
   * The purge job: removes the soft-deleted users past their tenant's retention (default 30 days),
   * in batches; run it daily (`roster user purge`).
   */
  purgeDeletedUsers(options?: PurgeDeletedUsersOptions): Promise<PurgeDeletedUsersResult>;
  readonly groups: GroupServiceApi;
  readonly auth: AuthServiceApi;
  readonly tenants: TenantServiceApi;
  /** A tenant's API keys, managed by its own actors (the admin API). */
  readonly apiKeys: ApiKeyServiceApi;
  /** Tenants, managed by the host's operator (the admin API's operator routes). */
  readonly tenantAdmin: TenantAdminApi;
  /** The audit trail (docs/audit.md). */
  readonly audit: AuditTrailApi;
  /**
   * The retention purge (docs/audit.md, "Retention"): audit events past their tenant's
   * `auditRetentionDays` (default: kept for ever), delivered webhook outbox entries and delivery-log
   * rows older than `webhookHistoryDays` (default 30), in batches of short statements; run it daily
   * (`roster audit purge`). The one way audit events are ever removed.
   */
  purgeEventHistory(options?: PurgeEventHistoryOptions): Promise<PurgeEventHistoryResult>;
  /** Bulk imports of users (CSV or NDJSON) as jobs. */
  readonly imports: ImportServiceApi;
  /** The tenant's webhook endpoints and their delivery log (docs/webhooks.md). */
  readonly webhooks: WebhookAdminApi;
  /** Starts relaying the webhook outbox in this process (any number of processes may); `stop()` drains in-flight deliveries. */
  startWebhookDelivery(options?: WebhookDeliveryOptions): WebhookDeliveryHandle;
  readonly bootstrap: BootstrapServiceApi;
  readonly roleCatalog: RoleCatalog;
  readonly logger: Logger;
  readonly rateLimiters: RateLimiterFactory;
  readonly clock: Clock;
  /** Where the admin API keeps Idempotency-Keys (the stores', or this process's memory). */
  readonly idempotency: IdempotencyStore;
  /** Liveness and readiness (database, shared limits store) for the health routes (`healthDialect`). */
  readonly health: HealthApi;
  /** Metrics and spans, for the dialects (and a host's own made with `createDialect`). */
  readonly telemetry: RosterTelemetry;
  /**
   * Resumes, in the background, the import jobs a stopped process left unfinished (each from its
   * mark: no user is created twice). Call it once at start; the answer lists the jobs resumed.
   */
  resumeImports(): Promise<readonly ImportJob[]>;
  close(): Promise<void>;
}
