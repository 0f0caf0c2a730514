import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimiter, RateLimiterFactory, RateLimitPolicy } from '../../ports';
import { RateLimiterFlexibleFactory, rateLimiterFlexibleOptions } from '../rate-limiter.factory';

/** What a store limiter is built from: the policy's options, and the in-memory insurance when the policy asks for one. */
export interface StoreLimiterOptions {
  readonly keyPrefix: string;
  readonly points: number;
  readonly duration: number;
  readonly insuranceLimiter?: RateLimiterMemory;
}

/**
 * Limiters on one shared rate-limiter-flexible store (Redis, PostgreSQL), with Roster's outage
 * rule: a policy with `storeOutage: 'in-process'` gets an in-memory `insuranceLimiter` of the same
 * points and window (it counts while the store is down; its counts are this process's alone and
 * are dropped when the store is back), any other policy gets none, so a store failure rejects
 * and the caller refuses (STORE_UNAVAILABLE). The same name and policy give the same limiter.
 */
export class SharedStoreRateLimiterFactory implements RateLimiterFactory {
  private readonly limiters = new Map<string, RateLimiter>();
  private readonly inner: RateLimiterFlexibleFactory;

  constructor(
    build: (options: StoreLimiterOptions) => RateLimiterAbstract,
    private readonly check: () => Promise<void>,
    prefix = 'roster',
  ) {
    this.inner = new RateLimiterFlexibleFactory((name, policy) => {
      const options = rateLimiterFlexibleOptions(name, policy, prefix);
      if (policy.storeOutage !== 'in-process') return build(options);
      return build({ ...options, insuranceLimiter: new RateLimiterMemory(options) });
    });
  }

  create(name: string, policy: RateLimitPolicy): RateLimiter {
    const cacheKey = JSON.stringify([name, policy.points, policy.durationSeconds, policy.storeOutage ?? 'refuse']);
    let limiter = this.limiters.get(cacheKey);
    if (!limiter) {
      limiter = this.inner.create(name, policy);
      this.limiters.set(cacheKey, limiter);
    }
    return limiter;
  }

  ping(): Promise<void> {
    return this.check();
  }
}
