import type { Server } from 'node:http';

export interface DrainOptions {
  /** How long requests in flight may take to finish; their connections are closed after it (default 10 s). */
  readonly timeoutMs?: number;
}

export const DEFAULT_DRAIN_TIMEOUT_MS = 10_000;

/** How often idle keep-alive connections are closed while draining (a response just finished leaves one). */
const IDLE_SWEEP_MS = 50;

/**
 * Stops a Node HTTP server gracefully (docs/observability.md): it accepts no new connection,
 * closes idle keep-alive connections, lets the requests in flight finish and closes each
 * connection once idle; after `timeoutMs` whatever is still open is closed. Resolves with the
 * number of connections that were cut at the bound (0 when everything finished in time).
 */
export async function drainHttpServer(server: Server, options: DrainOptions = {}): Promise<number> {
  let cut = 0;
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  const bound = setTimeout(() => {
    server.getConnections((_error, count) => {
      cut = count;
      server.closeAllConnections();
    });
  }, options.timeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS);
  try {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
  } finally {
    clearInterval(sweep);
    clearTimeout(bound);
  }
  return cut;
}
