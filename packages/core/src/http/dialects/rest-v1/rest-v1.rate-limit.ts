import type { Actor } from '../../../domain';
import type { RateLimiter, RateLimiterFactory, RateLimitPolicy, RateLimitState } from '../../../ports';
import type { RosterResponse } from '../../http.types';
import { retryAfterHeader } from '../../responses';
import { failure } from './rest-v1.responses';

export interface KeyRateLimit {
  /** Uses one point of the key's budget; returns the headers every answer carries and, when spent, the 429. */
  hit(actor: Actor): Promise<{ readonly headers: Readonly<Record<string, string>>; readonly refusal: RosterResponse | null }>;
}

/** The per-key limit, or null when the host left it off (the default). */
export function createKeyRateLimit(limiters: RateLimiterFactory, policy: RateLimitPolicy | false | undefined): KeyRateLimit | null {
  if (policy === undefined || policy === false) return null;
  // A request limit keeps the API serving when a shared store is down: counted in-process meanwhile.
  const limiter: RateLimiter = limiters.create('rest-v1', { storeOutage: 'in-process', ...policy });
  return {
    async hit(actor) {
      const state = await limiter.hit(`${actor.tenantId}:${actor.id}`);
      const headers = rateLimitHeaders(state);
      if (state.allowed) return { headers, refusal: null };
      const refusal = failure(429, 'Rate limit exceeded', { ...headers, ...retryAfterHeader(state.resetSeconds) });
      return { headers, refusal };
    },
  };
}

/** `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (seconds until the window resets). */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    'RateLimit-Limit': String(state.limit),
    'RateLimit-Remaining': String(Math.max(0, state.remaining)),
    'RateLimit-Reset': String(Math.max(0, Math.ceil(state.resetSeconds))),
  };
}
