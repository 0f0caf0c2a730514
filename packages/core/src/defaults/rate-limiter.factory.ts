import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RosterError } from '../errors';
import type { RateLimiter, RateLimiterFactory, RateLimitPolicy } from '../ports';
import { FlexibleRateLimiter, type FlexibleLimiter } from './flexible-rate-limiter';

/** Builds the limiter behind one named policy. */
export type FlexibleLimiterBuilder = (name: string, policy: RateLimitPolicy) => RateLimiterAbstract | FlexibleLimiter;

/**
 * The options a rate-limiter-flexible limiter needs for one Roster policy: the policy's points
 * and window, and a key prefix per limiter name so limiters sharing a store never share keys
 * (`prefix` keeps several Rosters, or test runs, on one store apart; default `roster`).
 */
export function rateLimiterFlexibleOptions(
  name: string,
  policy: RateLimitPolicy,
  prefix = 'roster',
): { keyPrefix: string; points: number; duration: number } {
  return { keyPrefix: `${prefix}:${name}`, points: policy.points, duration: policy.durationSeconds };
}

/**
 * Rate limiters on any rate-limiter-flexible store. A host running several processes passes
 * limiters on a shared store, so every process counts the same hits, e.g.
 *
 *   new RateLimiterFlexibleFactory((name, policy) =>
 *     new RateLimiterRedis({ storeClient: redis, ...rateLimiterFlexibleOptions(name, policy) }))
 *
 * or `RateLimiterPostgres({ storeClient: pool, tableName: 'roster_rate_limits', ... })`. The
 * builder must use the policy's points and duration (a mismatch throws INTERNAL at `create`).
 */
export class RateLimiterFlexibleFactory implements RateLimiterFactory {
  constructor(private readonly build: FlexibleLimiterBuilder) {}

  create(name: string, policy: RateLimitPolicy): RateLimiter {
    assertPolicy(name, policy);
    return new FlexibleRateLimiter(policy, this.build(name, policy));
  }
}

/**
 * In-process limiters (`RateLimiterMemory`): right for one process. Creating the same name with
 * the same policy twice returns the same limiter, so its counts are shared as a store's would be.
 */
export class MemoryRateLimiterFactory implements RateLimiterFactory {
  private readonly limiters = new Map<string, RateLimiter>();
  private readonly inner = new RateLimiterFlexibleFactory(
    (name, policy) => new RateLimiterMemory(rateLimiterFlexibleOptions(name, policy)),
  );

  create(name: string, policy: RateLimitPolicy): RateLimiter {
    const cacheKey = JSON.stringify([name, policy.points, policy.durationSeconds]);
    let limiter = this.limiters.get(cacheKey);
    if (!limiter) {
      limiter = this.inner.create(name, policy);
      this.limiters.set(cacheKey, limiter);
    }
    return limiter;
  }
}

function assertPolicy(name: string, policy: RateLimitPolicy): void {
  const valid = (n: number) => Number.isSafeInteger(n) && n > 0;
  if (!valid(policy.points) || !valid(policy.durationSeconds)) {
    throw new RosterError('INTERNAL', `rate limit "${name}" needs positive integer points and durationSeconds`);
  }
}
