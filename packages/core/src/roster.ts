import 'reflect-metadata';
import { container, type DependencyContainer } from 'tsyringe';
import {
  ConsoleLogger,
  MemoryIdempotencyStore,
  MemoryRateLimiterFactory,
  NanoidIdGenerator,
  NoopEventSink,
  OutboxMailer,
  SystemClock,
  Argon2PasswordHasher,
} from './defaults';
import { DEFAULT_ROLE_CATALOG, type RoleCatalog } from './domain';
import { RosterError } from './errors';
import { HealthService } from './health/health.service';
import { rosterHealthChecks } from './health/roster-health-checks';
import { TOKENS, type Clock, type IdGenerator } from './ports';
import type { PasswordThrottleOptions, Roster, RosterOptions } from './roster.types';
import { AuthService, PasswordThrottle } from './services/auth';
import { BootstrapService } from './services/bootstrap';
import { DEFAULT_PASSWORD_THROTTLE, type RosterConfig } from './services/roster-config';
import { TenantService } from './services/tenant.service';
import { ApiKeyAdminService } from './services/api-keys';
import { TenantAdminService } from './services/tenants';
import { AuditTrailService, PurgeEventHistoryService } from './services/audit';
import { ImportService } from './services/imports';
import { GroupService } from './services/groups';
import { WebhookAdminService } from './services/webhooks';
import { WebhookDeliveryWorker } from './webhooks/webhook-delivery.worker';
import { PurgeDeletedUsersService, UserLifecycleService, UserService } from './services/users';
import {
  cachedStores,
  cachedWebhookSubscribers,
  DEFAULT_STORE_CACHE_SECONDS,
  DEFAULT_WEBHOOK_SUBSCRIBER_CACHE_SECONDS,
} from './store-cache';
import { instrumentedStores } from './telemetry/instrumented-stores';
import { requireOtelTracer } from './telemetry/otel-api';
import { createTelemetry } from './telemetry/roster-telemetry';

/**
 * Creates one Roster: its own tsyringe child container (the host's global container is never
 * touched), holding the ports given in `options` or the defaults, and the services over them.
 */
export function createRoster(options: RosterOptions): Roster {
  const roleCatalog = options.roleCatalog ?? DEFAULT_ROLE_CATALOG;
  assertCatalog(roleCatalog);
  const clock = options.clock ?? new SystemClock();
  const logger = options.logger ?? new ConsoleLogger({ clock });
  const rateLimiters = options.rateLimiterFactory ?? new MemoryRateLimiterFactory();
  const config: RosterConfig = { passwordThrottle: throttleOptions(options.passwordThrottle) };
  const telemetry = createTelemetry(options.metrics ?? null, options.tracing === true ? requireOtelTracer() : null);
  // Below the cache: a cached tenant or key is no store call.
  const stores = cachedWebhookSubscribers(
    cachedStores(instrumentedStores(options.stores, telemetry), clock, cacheSeconds(options.storeCacheSeconds, 'storeCacheSeconds')),
    clock,
    cacheSeconds(options.webhooks?.subscriberCacheSeconds, 'webhooks.subscriberCacheSeconds', DEFAULT_WEBHOOK_SUBSCRIBER_CACHE_SECONDS),
  );

  const scope = container.createChildContainer();
  const values: readonly [symbol, unknown][] = [
    [TOKENS.UserStore, stores.users],
    [TOKENS.TenantStore, stores.tenants],
    [TOKENS.ApiKeyStore, stores.apiKeys],
    [TOKENS.UnitOfWork, stores.unitOfWork],
    [TOKENS.PasswordHasher, options.passwordHasher ?? new Argon2PasswordHasher()],
    [TOKENS.Mailer, options.mailer ?? new OutboxMailer({ logger })],
    [TOKENS.Clock, clock],
    [TOKENS.IdGenerator, options.idGenerator ?? new NanoidIdGenerator()],
    [TOKENS.RateLimiterFactory, rateLimiters],
    [TOKENS.EventSink, options.eventSink ?? new NoopEventSink()],
    [TOKENS.Logger, logger],
    [TOKENS.RoleCatalog, roleCatalog],
    [TOKENS.RosterConfig, config],
  ];
  for (const [token, value] of values) scope.register(token, { useValue: value });
  scope.registerSingleton(PasswordThrottle);
  const clockPort = scope.resolve<Clock>(TOKENS.Clock);
  const idGenerator = scope.resolve<IdGenerator>(TOKENS.IdGenerator);

  const imports = scope.resolve(ImportService);
  return {
    users: scope.resolve(UserService),
    userLifecycle: scope.resolve(UserLifecycleService),
    purgeDeletedUsers: (purgeOptions) => scope.resolve(PurgeDeletedUsersService).run(purgeOptions),
    groups: scope.resolve(GroupService),
    auth: scope.resolve(AuthService),
    tenants: scope.resolve(TenantService),
    apiKeys: scope.resolve(ApiKeyAdminService),
    tenantAdmin: scope.resolve(TenantAdminService),
    audit: scope.resolve(AuditTrailService),
    purgeEventHistory: (purgeOptions) =>
      new PurgeEventHistoryService(stores.tenants, stores.auditEvents, stores.webhooks, clockPort).run(purgeOptions),
    imports,
    webhooks: new WebhookAdminService(stores.webhooks, clockPort, idGenerator, options.webhooks),
    startWebhookDelivery: (delivery) =>
      new WebhookDeliveryWorker(
        {
          store: stores.webhooks,
          clock: clockPort,
          ids: idGenerator,
          logger,
          allowLoopback: options.webhooks?.allowLoopback === true,
          metrics: options.metrics ?? null,
          ...(options.webhooks?.resolveHost === undefined ? {} : { resolveHost: options.webhooks.resolveHost }),
        },
        delivery,
      ).start(),
    bootstrap: scope.resolve(BootstrapService),
    roleCatalog,
    logger,
    rateLimiters,
    clock,
    idempotency: options.stores.idempotency ?? new MemoryIdempotencyStore(),
    health: new HealthService(rosterHealthChecks(options.stores, rateLimiters), logger),
    telemetry,
    resumeImports: () => imports.resumeUnfinished(),
    close: () => close(options, scope),
  };
}

async function close(options: RosterOptions, scope: DependencyContainer): Promise<void> {
  await options.stores.close?.();
  scope.clearInstances();
}

function throttleOptions(given: Partial<PasswordThrottleOptions> = {}): PasswordThrottleOptions {
  const merged = { ...DEFAULT_PASSWORD_THROTTLE };
  for (const key of Object.keys(merged) as (keyof PasswordThrottleOptions)[]) {
    const value = given[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RosterError('CONFIGURATION_INVALID', `passwordThrottle.${key} must be a positive integer`);
    }
    merged[key] = value;
  }
  return merged;
}

function cacheSeconds(given: number | undefined, option: string, byDefault = DEFAULT_STORE_CACHE_SECONDS): number {
  if (given === undefined) return byDefault;
  if (!Number.isFinite(given) || given < 0) {
    throw new RosterError('VALIDATION_FAILED', `${option} must be a number of seconds, 0 or more`);
  }
  return given;
}

function assertCatalog(catalog: RoleCatalog): void {
  const names = catalog.roles.map((role) => role.name);
  if (names.length === 0 || new Set(names).size !== names.length) {
    throw new RosterError('CONFIGURATION_INVALID', 'the role catalog needs at least one role and unique role names');
  }
}
