import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import {
  createRoster,
  type BootstrapReport,
  type ImportJob,
  type Logger,
  type PasswordHasher,
  type Roster,
  type WebhookDeliveryHandle,
  type WebhookDeliveryOptions,
} from '@roster/core';
import { consoleAt } from '@roster/console';
import { createRosterRouter } from '@roster/express';
import {
  createStores,
  drainThenClose,
  openSharedLimits,
  startBackgroundWork,
  type BackgroundWork,
  type DrainSettings,
} from '@roster/example-host-common';
import { healthDialect } from '@roster/core/http';
import { createDialects } from './dialects';
import { requestLog } from './request-log';

/** The `express` module to build the app with: Express 5 (the default) or an Express 4 module. */
export type ExpressModule = typeof express;

export interface HostOptions {
  /** A bootstrap file's content (docs/bootstrap.md). */
  readonly bootstrap: unknown;
  /** What create-stores.ts accepts; `memory` when absent (`pnpm start` defaults to a SQLite file: host-config.ts). */
  readonly databaseUrl?: string;
  readonly express?: ExpressModule;
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
  /** Where the one-line-per-request log goes; none when absent. */
  readonly requestLog?: (line: string) => void;
  readonly logger?: Logger;
  readonly passwordHasher?: PasswordHasher;
}

export interface Host {
  readonly app: Express;
  readonly roster: Roster;
  readonly bootstrapReport: BootstrapReport;
  close(): Promise<void>;
}

/**
 * An Express app that mounts all four dialects and the admin API at their default paths, over a Roster loaded
 * with the bootstrap file. Roster is mounted before any body parser (see @roster/express).
 */
export async function createHost(options: HostOptions): Promise<Host> {
  const expressModule = options.express ?? express;
  const limits = await openSharedLimits(options.limitsUrl, options.logger, options.limitsPrefix);
  const roster = createRoster({
    stores: await createStores(options.databaseUrl ?? 'memory'),
    ...(limits ? { rateLimiterFactory: limits.factory } : {}),
    ...(options.storeCacheSeconds === undefined ? {} : { storeCacheSeconds: options.storeCacheSeconds }),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.passwordHasher ? { passwordHasher: options.passwordHasher } : {}),
    ...(options.webhooksAllowLoopback ? { webhooks: { allowLoopback: true } } : {}),
  });
  let bootstrapReport: BootstrapReport;
  try {
    bootstrapReport = await roster.bootstrap.load(options.bootstrap);
  } catch (error) {
    await roster.close();
    await limits?.close();
    throw error;
  }
  const close = async (): Promise<void> => {
    await roster.close();
    await limits?.close();
  };
  const app = expressModule();
  app.disable('x-powered-by');
  if (options.requestLog) app.use(requestLog(options.requestLog));
  const dialects = createDialects(roster, {
    restRateLimit: options.restRateLimit ?? 1000,
    courselitUpsert: options.courselitUpsert === true,
    operatorToken: options.operatorToken ?? null,
  });
  // Liveness and readiness at /roster/health/live and /roster/health/ready (docs/health.md).
  // The admin console at /roster/admin (off unless a host turns it on).
  app.use(createRosterRouter({ roster, dialects: [...dialects, healthDialect], console: consoleAt() }));
  // The host's own routes and parsers come after Roster.
  app.use(expressModule.json());
  app.get('/health', (_req: Request, res: Response) => {
    res.json({ status: 'ok' });
  });
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ message: 'Not found' });
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    roster.logger.error('host: request failed', { error: error instanceof Error ? error.name : typeof error });
    if (!res.headersSent) res.status(500).json({ message: 'Internal server error' });
  });
  return { app, roster, bootstrapReport, close };
}

export interface RunningHost extends Host {
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string;
  readonly port: number;
  /** The webhook delivery worker, started with the server and stopped (deliveries in flight finished) by `close`. */
  readonly webhookDelivery: WebhookDeliveryHandle;
  /** The import jobs a stopped process left unfinished, resumed at start (`roster.resumeImports()`). */
  readonly resumedImports: readonly ImportJob[];
}

export interface StartHostOptions extends HostOptions, DrainSettings {
  /** 0: any free port. */
  readonly port: number;
  /** The webhook delivery worker's options (`roster.startWebhookDelivery`); its defaults when absent. */
  readonly webhookDelivery?: WebhookDeliveryOptions;
}

/**
 * Creates the host, listens on `port` (0: any free port), starts the webhook delivery worker and
 * resumes the import jobs a stopped process left unfinished.
 */
export async function startHost(options: StartHostOptions): Promise<RunningHost> {
  const host = await createHost(options);
  const server = createServer(host.app);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, () => {
        resolve();
      });
    });
  } catch (error) {
    await host.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  let background: BackgroundWork;
  try {
    background = await startBackgroundWork(host.roster, options.webhookDelivery);
  } catch (error) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await host.close();
    throw error;
  }
  const { webhookDelivery, resumedImports } = background;
  // Graceful shutdown (docs/observability.md): readiness down first, then the requests in flight finished (bounded),
  // then the webhook deliveries in flight, then Roster and its stores.
  const close = (): Promise<void> =>
    drainThenClose(host.roster, server, options, async () => {
      await webhookDelivery.stop();
      await host.close();
    });
  return { ...host, baseUrl: `http://127.0.0.1:${port}`, port, webhookDelivery, resumedImports, close };
}
