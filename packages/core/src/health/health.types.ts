/** One component's state in a health answer: never a message, a URL or a credential. */
export interface ComponentHealth {
  readonly status: 'up' | 'down';
  /** How long the check took, in whole milliseconds. */
  readonly durationMs: number;
}

/** A liveness or readiness answer: `up` only when every component is. */
export interface HealthReport {
  readonly status: 'up' | 'down';
  /** By component name: `database`, `limits` when the limiters run on a shared store, `shutdown` while draining. */
  readonly components: Readonly<Record<string, ComponentHealth>>;
}

/** A component readiness looks at: resolves when it answers, rejects (or times out) when not. */
export interface HealthCheck {
  readonly name: string;
  check(): Promise<void>;
}

export interface HealthApi {
  /** The process is up and its event loop answers: no I/O, always `up`. */
  live(): HealthReport;
  /** Each check run at once, each given `timeoutMs` (default 2000 ms); `down` if any fails. */
  ready(): Promise<HealthReport>;
  /**
   * The instance is shutting down: from now on readiness is `down` (component `shutdown`), so a
   * load balancer stops sending requests before the server stops accepting them
   * (docs/observability.md, "Graceful shutdown"). Liveness stays up.
   */
  drain(): void;
}
