import { afterAll, beforeAll } from '@jest/globals';
import type { ConformanceHost, ConformanceHostOptions, StartConformanceHost } from './conformance-host';

/**
 * Starts a fresh host for the enclosing describe block (beforeAll, closed in afterAll) and returns
 * a function giving its base URL, which throws when the host did not start.
 */
export function useConformanceHost(startHost: StartConformanceHost, options?: ConformanceHostOptions): () => string {
  let host: ConformanceHost | undefined;
  beforeAll(async () => {
    host = await startHost(options);
  });
  afterAll(async () => {
    await host?.close();
  });
  return () => {
    if (host === undefined) throw new TypeError('the conformance host did not start');
    return host.baseUrl;
  };
}
