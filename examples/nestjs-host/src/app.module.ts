import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger, PasswordHasher } from '@roster/core';
import { consoleAt } from '@roster/console';
import { RosterModule } from '@roster/nestjs';
import { createStores, openSharedLimits } from './shared-host';
import { SHARED_LIMITS, SharedLimitsCloser, type SharedLimitsHolder } from './shared-limits.closer';
import { HealthController } from './health.controller';
import { hostDialects } from './host-dialects';
import { BOOTSTRAP_FILE, RosterBootstrapLoader } from './roster-bootstrap.loader';

export interface AppModuleOptions {
  /** A bootstrap file's content (docs/bootstrap.md). */
  readonly bootstrap: unknown;
  /** What the example hosts' createStores accepts (shared-host.ts); `memory` when absent. */
  readonly databaseUrl?: string;
  /** rest-v1 requests per minute per API key (default 1000); false: no limit. */
  readonly restRateLimit?: number | false;
  /** The courselit `upsert` option: a repeated create updates the user and answers 200 (default off). */
  readonly courselitUpsert?: boolean;
  /** The admin API's operator credential (ROSTER_OPERATOR_TOKEN); absent or null: operator access off. */
  readonly operatorToken?: string | null;
  /** ROSTER_LIMITS_URL: `redis://…` or `postgres://…` (limits shared by every instance); memory when absent. */
  readonly limitsUrl?: string;
  /** ROSTER_LIMITS_PREFIX: first part of every limiter key on the shared store (default `roster`). */
  readonly limitsPrefix?: string;
  /** ROSTER_STORE_CACHE_SECONDS: how long tenants and API keys are cached (default 5; 0: not cached). */
  readonly storeCacheSeconds?: number;
  /** ROSTER_WEBHOOKS_ALLOW_LOOPBACK: webhook endpoints may point at loopback addresses (tests, local development). */
  readonly webhooksAllowLoopback?: boolean;
  readonly logger?: Logger;
  readonly passwordHasher?: PasswordHasher;
}

/**
 * The example NestJS host: Roster's four dialects and its admin API at their default paths through one
 * RosterModule import, the host's own health route beside them. The Roster is made by the
 * module from `createRoster` options (so the module closes it, with its stores, at shutdown)
 * and the bootstrap file is loaded at init.
 */
@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    const holder: SharedLimitsHolder = { limits: null };
    return {
      module: AppModule,
      imports: [
        RosterModule.forRootAsync({
          useFactory: async () => {
            holder.limits = await openSharedLimits(options.limitsUrl, options.logger, options.limitsPrefix);
            return {
              roster: {
                stores: await createStores(options.databaseUrl ?? 'memory'),
                ...(holder.limits ? { rateLimiterFactory: holder.limits.factory } : {}),
                ...(options.storeCacheSeconds === undefined ? {} : { storeCacheSeconds: options.storeCacheSeconds }),
                ...(options.logger ? { logger: options.logger } : {}),
                ...(options.passwordHasher ? { passwordHasher: options.passwordHasher } : {}),
                ...(options.webhooksAllowLoopback ? { webhooks: { allowLoopback: true } } : {}),
              },
            };
          },
          dialects: hostDialects(options.restRateLimit ?? 1000, options.courselitUpsert === true, options.operatorToken ?? null),
          // The admin console at /roster/admin (off unless a host turns it on).
          console: consoleAt(),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: BOOTSTRAP_FILE, useValue: options.bootstrap },
        RosterBootstrapLoader,
        { provide: SHARED_LIMITS, useValue: holder },
        SharedLimitsCloser,
      ],
    };
  }
}
