import { readBootstrapFile } from '@roster/example-host-common';
import { readHostConfig } from '@roster/example-host-common';
import { startHost, type RunningHost } from './host';
import { resumedImportsLine, startBanner } from '@roster/example-host-common';
import { explainStartError } from '@roster/example-host-common';
import { closingOnSignals } from '@roster/example-host-common';

export { createHost, startHost, type Host, type HostOptions, type RunningHost, type StartHostOptions } from './host';
export { createStores } from '@roster/example-host-common';

/**
 * `pnpm start`: reads the environment, opens the database (migrating it), loads the bootstrap
 * file, serves until SIGINT/SIGTERM, then closes the database and exits 0. `close()` of the
 * result does the same without exiting.
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<RunningHost> {
  const config = readHostConfig(env);
  const bootstrap = await readBootstrapFile(config.bootstrapPath);
  const host = await startHost({
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
    requestLog: (line) => console.log(line),
    drainDelayMs: config.drainDelayMs,
    drainTimeoutMs: config.drainTimeoutMs,
    shutdownLog: (line) => console.log(line),
  }).catch((error: unknown) => {
    throw explainStartError(config, error);
  });
  const url = config.port === host.port ? `http://localhost:${host.port}` : host.baseUrl;
  for (const line of [...startBanner(config, url, bootstrap), ...resumedImportsLine(host.resumedImports)]) console.log(line);
  return closingOnSignals(host);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`roster: cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
