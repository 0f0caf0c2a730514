import { afterAll, beforeAll } from '@jest/globals';
import { HOST_START_TIMEOUT_MS, type ConformanceHost, type ConformanceHostOptions, type StartConformanceHost } from './conformance-host';

/**
 * Starts a fresh host for the enclosing describe block (beforeAll, closed in afterAll) and returns
 * a function giving its base URL, which throws when the host did not start.
 */
export function useConformanceHost(startHost: StartConformanceHost, options?: ConformanceHostOptions): () => string {
  let host: ConformanceHost | undefined;
  // A SQL host creates its database and migrates it first: seconds on a busy machine.
  beforeAll(async () => {
    host = await startHost(options);
  }, HOST_START_TIMEOUT_MS);
  afterAll(async () => {
    await host?.close();
  });
  return () => {
    if (host === undefined) throw new TypeError('the conformance host did not start');
    return host.baseUrl;
  };
}
