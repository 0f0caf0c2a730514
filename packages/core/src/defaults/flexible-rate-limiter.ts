import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { RosterError } from '../errors';
import type { RateLimiter, RateLimitPolicy, RateLimitState } from '../ports';

/** The part of a rate-limiter-flexible limiter Roster uses (any of its stores has it). */
export type FlexibleLimiter = Pick<RateLimiterAbstract, 'get' | 'consume' | 'delete' | 'reward'> & {
  readonly points?: number;
  readonly duration?: number;
};

/**
 * A Roster `RateLimiter` over one rate-limiter-flexible limiter, a fixed window of
 * `policy.points` per `policy.durationSeconds`. `hit` on an exhausted key resolves with
 * `allowed: false` (the library rejects with a `RateLimiterRes`); a failing store (Redis down)
 * becomes `RosterError('STORE_UNAVAILABLE')`.
 */
export class FlexibleRateLimiter implements RateLimiter {
  constructor(
    readonly policy: RateLimitPolicy,
    private readonly limiter: FlexibleLimiter,
  ) {
    const { points = policy.points, duration = policy.durationSeconds } = limiter;
    if (points !== policy.points || duration !== policy.durationSeconds) {
      const asked = `${policy.points}/${policy.durationSeconds}s`;
      throw new RosterError('INTERNAL', `rate limiter counts ${points}/${duration}s, its policy ${asked}`);
    }
  }

  /** Reads the key's window without using a point; a key not seen in its window is fresh. */
  async peek(key: string): Promise<RateLimitState> {
    const res = await this.call(() => this.limiter.get(key));
    // A window that has run out but is not yet swept from the store counts as no window.
    if (res === null || res.msBeforeNext <= 0) return this.state(true, 0, 0);
    return this.state(res.consumedPoints < this.policy.points, res.consumedPoints, res.msBeforeNext);
  }

  async hit(key: string): Promise<RateLimitState> {
    try {
      const res = await this.limiter.consume(key, 1);
      return this.state(true, res.consumedPoints, res.msBeforeNext);
    } catch (rejection) {
      if (!isLimiterRes(rejection)) throw unavailable(rejection);
      return this.state(false, rejection.consumedPoints, rejection.msBeforeNext);
    }
  }

  async reset(key: string): Promise<void> {
    await this.call(() => this.limiter.delete(key));
  }

  async reward(key: string): Promise<void> {
    await this.call(() => this.limiter.reward(key, 1));
  }

  private state(allowed: boolean, consumed: number, msBeforeNext: number): RateLimitState {
    return {
      allowed,
      limit: this.policy.points,
      remaining: Math.max(0, this.policy.points - consumed),
      resetSeconds: Math.max(0, Math.ceil(msBeforeNext / 1000)),
    };
  }

  private async call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw unavailable(error);
    }
  }
}

/** The library rejects with a RateLimiterRes when points run out, and with an Error when its store fails. */
function isLimiterRes(value: unknown): value is RateLimiterRes {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Error) &&
    typeof (value as RateLimiterRes).msBeforeNext === 'number' &&
    typeof (value as RateLimiterRes).consumedPoints === 'number'
  );
}

function unavailable(cause: unknown): RosterError {
  return new RosterError('STORE_UNAVAILABLE', 'rate limiter store failed', {}, { cause });
}
