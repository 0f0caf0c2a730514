import { connectSharedLimits, describeLimitsStore, type Logger, type SharedLimits } from '@roster/core';

/**
 * ROSTER_LIMITS_URL → the rate limiters every instance shares: `redis://…` or `postgres://…`
 * (docs/shared-limits.md), every key under `keyPrefix` (ROSTER_LIMITS_PREFIX; default `roster`); unset → null, and Roster counts in this process's memory. ioredis
 * and pg are core's optional peers: this package depends on them so the example hosts have both.
 */
export async function openSharedLimits(limitsUrl: string | undefined, logger?: Logger, keyPrefix?: string): Promise<SharedLimits | null> {
  if (!limitsUrl) return null;
  return connectSharedLimits(limitsUrl, { ...(logger ? { logger } : {}), ...(keyPrefix ? { keyPrefix } : {}) });
}

/** For the start banner: the store without credentials, or memory. */
export function describeLimits(limitsUrl: string | undefined): string {
  return limitsUrl ? `${describeLimitsStore(limitsUrl)} (shared by every instance)` : 'memory (this process only)';
}
