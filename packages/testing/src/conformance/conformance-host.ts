/** A running host under test: its base URL (`http://127.0.0.1:PORT`) and how to stop it. */
export interface ConformanceHost {
  readonly name: string;
  readonly baseUrl: string;
  close(): Promise<void>;
}

/**
 * Starts a fresh host that mounts all four dialects at their default paths, on a fresh store
 * loaded with `conformanceBootstrap`. Each conformance file starts its own host, so files do
 * not share state.
 */
export type StartConformanceHost = () => Promise<ConformanceHost>;
