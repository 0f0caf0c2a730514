export interface RateLimitPolicy {
  /** How many hits a key may make… */
  readonly points: number;
  /** …in this many seconds. */
  readonly durationSeconds: number;
  /**
   * What a limiter on a shared store (Redis, PostgreSQL) does while that store cannot be reached:
   * `refuse` (the default) fails the call with STORE_UNAVAILABLE, so the caller refuses what it
   * guards (the password throttle: fail closed); `in-process` counts in this process's memory
   * (rate-limiter-flexible's `insuranceLimiter`) until the store answers again (request rate
   * limits: the API keeps serving, each process counting alone meanwhile). In-process limiters
   * ignore it. See docs/shared-limits.md.
   */
  readonly storeOutage?: 'refuse' | 'in-process';
}

export interface RateLimitState {
  /** False once the key has used up its points in the window. */
  readonly allowed: boolean;
  readonly limit: number;
  readonly remaining: number;
  /** Seconds until the window resets. */
  readonly resetSeconds: number;
}

/** One rate limit (a policy) over many keys. */
export interface RateLimiter {
  readonly policy: RateLimitPolicy;
  /** Reads a key's state without using a point. */
  peek(key: string): Promise<RateLimitState>;
  /** Uses one point. */
  hit(key: string): Promise<RateLimitState>;
  reset(key: string): Promise<void>;
  /**
   * Gives one point back (after `hit` counted an attempt that turned out harmless). Optional:
   * without it, callers count such attempts only after the fact (`peek`, then `hit`).
   */
  reward?(key: string): Promise<void>;
}

/** Makes rate limiters; the host can pass one backed by a shared store (e.g. Redis). */
export interface RateLimiterFactory {
  create(name: string, policy: RateLimitPolicy): RateLimiter;
  /**
   * Resolves when the shared store behind the limiters answers, rejects when it does not (the
   * readiness check, `roster.health`). Absent for in-process limiters, which have nothing to check.
   */
  ping?(): Promise<void>;
}
