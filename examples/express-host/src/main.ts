import { readBootstrapFile } from '@roster/example-host-common';
import { readHostConfig } from '@roster/example-host-common';
import { startHost, type RunningHost } from './host';
import { startBanner } from '@roster/example-host-common';
import { explainStartError } from '@roster/example-host-common';

export { createHost, startHost, type Host, type HostOptions, type RunningHost } from './host';
export { createStores } from '@roster/example-host-common';

/**
 * `pnpm start`: reads the environment, opens the database (migrating it), loads the bootstrap
 * file, serves until SIGINT/SIGTERM, then closes the database. `close()` of the result does the same
 * without exiting.
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
    requestLog: (line) => console.log(line),
  }).catch((error: unknown) => {
    throw explainStartError(config, error);
  });
  const url = config.port === host.port ? `http://localhost:${host.port}` : host.baseUrl;
  for (const line of startBanner(config, url, bootstrap)) console.log(line);
  const stop = (): void => {
    void closeAndExit(running);
  };
  const running: RunningHost = {
    ...host,
    close: async () => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      await host.close();
    },
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
  return running;
}

/** SIGINT/SIGTERM: stop listening, close Roster and its stores (the database connections), exit. */
async function closeAndExit(host: RunningHost): Promise<void> {
  try {
    await host.close();
    process.exit(0);
  } catch (error) {
    console.error(`roster: could not close cleanly: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`roster: cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
