import { RosterError } from '@roster/core';
import { readBootstrapFile } from './read-bootstrap-file';
import { readHostConfig } from './host-config';
import { startHost, type RunningHost } from './host';
import { startBanner } from './start-banner';

export { createHost, startHost, type Host, type HostOptions, type RunningHost } from './host';
export { createStores } from './create-stores';

/** `pnpm start`: reads the environment, loads the bootstrap file, serves until SIGINT/SIGTERM. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<RunningHost> {
  const config = readHostConfig(env);
  const bootstrap = await readBootstrapFile(config.bootstrapPath);
  const host = await startHost({
    port: config.port,
    bootstrap,
    databaseUrl: config.databaseUrl,
    restRateLimit: config.restRateLimit,
    requestLog: (line) => console.log(line),
  }).catch((error: unknown) => {
    // The core's message names the offending path inside the file; say which file.
    if (RosterError.is(error, 'BOOTSTRAP_INVALID')) {
      throw new RosterError('BOOTSTRAP_INVALID', `${config.bootstrapPath}: ${error.message}`, error.details, { cause: error });
    }
    throw error;
  });
  const url = config.port === host.port ? `http://localhost:${host.port}` : host.baseUrl;
  for (const line of startBanner(config, url, bootstrap)) console.log(line);
  const stop = (): void => {
    void host.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
  return host;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`roster: cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
