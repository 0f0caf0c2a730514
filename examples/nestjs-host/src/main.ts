import { closingOnSignals, explainStartError, readBootstrapFile, readHostConfig, resumedImportsLine, startBanner } from './shared-host';
import { startNestHost, type RunningNestHost } from './nest-host';

export { startNestHost, type NestHostOptions, type RunningNestHost } from './nest-host';
export { AppModule, type AppModuleOptions } from './app.module';

/**
 * `pnpm start:nest`: the same environment as the Express example host (PORT, ROSTER_BOOTSTRAP,
 * DATABASE_URL, ROSTER_REST_RATE_LIMIT), the same dialect paths; serves until SIGINT/SIGTERM, then
 * closes the app (Roster and its stores with it) and exits 0. Not Nest's enableShutdownHooks:
 * after closing, that re-sends the signal to the process, which then dies of it (exit 130/143).
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<RunningNestHost> {
  const config = readHostConfig(env);
  const bootstrap = await readBootstrapFile(config.bootstrapPath);
  const host = await startNestHost({
    port: config.port,
    bootstrap,
    databaseUrl: config.databaseUrl,
    restRateLimit: config.restRateLimit,
    courselitUpsert: config.courselitUpsert,
    operatorToken: config.operatorToken,
    ...(config.limitsUrl ? { limitsUrl: config.limitsUrl } : {}),
    ...(config.limitsPrefix ? { limitsPrefix: config.limitsPrefix } : {}),
    storeCacheSeconds: config.storeCacheSeconds,
    webhooksAllowLoopback: config.webhooksAllowLoopback,
    drainDelayMs: config.drainDelayMs,
    drainTimeoutMs: config.drainTimeoutMs,
    shutdownLog: (line) => console.log(line),
  }).catch((error: unknown) => {
    throw explainStartError(config, error);
  });
  const url = config.port === host.port ? `http://localhost:${host.port}` : host.baseUrl;
  const [, ...details] = startBanner(config, url, bootstrap);
  for (const line of [`Roster example host (NestJS) listening on ${url}`, ...details, ...resumedImportsLine(host.resumedImports)])
    console.log(line);
  return closingOnSignals(host);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`roster: cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
