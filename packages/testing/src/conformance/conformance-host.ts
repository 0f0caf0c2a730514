/** A running host under test: its base URL (`http://127.0.0.1:PORT`) and how to stop it. */
export interface ConformanceHost {
  readonly name: string;
  readonly baseUrl: string;
  close(): Promise<void>;
}

/** How long a suite's beforeAll waits for its host to start (a SQL host creates and migrates its database). */
export const HOST_START_TIMEOUT_MS = 60_000;

/**
 * Dialect options a suite needs a host built with; a host must honour each one (a host that
 * ignores one fails the suites that ask for it). Absent: the dialects' defaults.
 */
export interface ConformanceHostOptions {
  /** The courselit dialect's `upsert` option (a repeated create updates the user, 200). */
  readonly courselitUpsert?: boolean;
  /** The admin dialect's operator token (absent: operator access off). */
  readonly operatorToken?: string;
  /** Webhook endpoints may point at loopback addresses (`createRoster({ webhooks: { allowLoopback } })`). */
  readonly webhooksAllowLoopback?: boolean;
}

/**
 * Starts a fresh host that mounts all four dialects at their default paths, on a fresh store
 * loaded with `conformanceBootstrap`. Each conformance file starts its own host, so files do
 * not share state.
 */
export type StartConformanceHost = (options?: ConformanceHostOptions) => Promise<ConformanceHost>;
