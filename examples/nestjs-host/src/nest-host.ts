import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BootstrapReport, ImportJob, Roster, WebhookDeliveryHandle, WebhookDeliveryOptions } from '@roster/core';
import { drainThenClose, startBackgroundWork, type BackgroundWork, type DrainSettings } from '@roster/example-host-common';
import { ROSTER } from '@roster/nestjs';
import { serveApiDocs } from './api-docs';
import { AppModule, type AppModuleOptions } from './app.module';
import { hostDialects } from './host-dialects';
import { RosterBootstrapLoader } from './roster-bootstrap.loader';

export interface NestHostOptions extends AppModuleOptions, DrainSettings {
  /** 0: any free port. */
  readonly port: number;
  /** What the host's main.ts would add before listening (global pipes, filters, prefix…). */
  readonly configure?: (app: NestExpressApplication) => void | Promise<void>;
  /** The webhook delivery worker's options (`roster.startWebhookDelivery`); its defaults when absent. */
  readonly webhookDelivery?: WebhookDeliveryOptions;
}

export interface RunningNestHost {
  readonly app: NestExpressApplication;
  readonly roster: Roster;
  readonly bootstrapReport: BootstrapReport;
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string;
  readonly port: number;
  /** The webhook delivery worker, started once listening and stopped (deliveries in flight finished) by `close`. */
  readonly webhookDelivery: WebhookDeliveryHandle;
  /** The import jobs a stopped process left unfinished, resumed at start (`roster.resumeImports()`). */
  readonly resumedImports: readonly ImportJob[];
  close(): Promise<void>;
}

/** Creates the NestJS example host, loads the bootstrap file, listens on `port` and resumes unfinished imports. */
export async function startNestHost(options: NestHostOptions): Promise<RunningNestHost> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- Nest declares NestApplicationOptions as a class and takes a plain object
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    logger: ['error', 'warn'],
    abortOnError: false, // a failed start rejects (main reports it) instead of exiting the process
  });
  try {
    app.disable('x-powered-by');
    await options.configure?.(app);
    serveApiDocs(app, hostDialects(options.restRateLimit ?? 1000));
    await app.listen(options.port);
  } catch (error) {
    await app.close();
    throw error;
  }
  const { port } = app.getHttpServer().address() as AddressInfo;
  const roster = app.get<Roster>(ROSTER);
  let background: BackgroundWork;
  try {
    background = await startBackgroundWork(roster, options.webhookDelivery);
  } catch (error) {
    await app.close();
    throw error;
  }
  const { webhookDelivery, resumedImports } = background;
  return {
    app,
    roster,
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- app.init() above ran the loader, which sets the report
    bootstrapReport: app.get(RosterBootstrapLoader).report!,
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    webhookDelivery,
    resumedImports,
    // Graceful shutdown (docs/observability.md): readiness down first, then the requests in flight
    // finished (bounded), then the webhook deliveries in flight, then Nest's own close (the server is
    // closed already; Roster with the app).
    close: () =>
      drainThenClose(roster, app.getHttpServer(), options, async () => {
        await webhookDelivery.stop();
        await app.close();
      }),
  };
}
