import { RateLimiterRedis } from 'rate-limiter-flexible';
import { SharedStoreRateLimiterFactory } from './shared-rate-limiter.factory';

/**
 * The part of an `ioredis` client Roster relies on (typed here so that core does not depend on
 * ioredis: the host, or `connectSharedLimits`, makes the client). rate-limiter-flexible uses the
 * rest of it (`defineCommand`, `multi`, `del`).
 */
export interface RedisLimitsClient {
  /** ioredis's connection state; `ready` when commands go through. */
  readonly status?: string;
  ping(): Promise<unknown>;
}

export interface RedisRateLimiterOptions {
  /** An ioredis client. For an outage to be answered at once, make it with `enableOfflineQueue: false` and a `commandTimeout`. */
  readonly client: RedisLimitsClient;
  /** First part of every key (default `roster`): Rosters or test runs sharing one Redis stay apart. */
  readonly keyPrefix?: string;
}

/**
 * Roster's limiters on Redis (`RateLimiterRedis`): every process given the same Redis and prefix
 * counts the same hits. A command on a connection that is not ready fails at once
 * (`rejectIfRedisNotReady`), so an outage is answered by the outage rule (SharedStoreRateLimiterFactory).
 */
export function redisRateLimiterFactory(options: RedisRateLimiterOptions): SharedStoreRateLimiterFactory {
  const { client } = options;
  return new SharedStoreRateLimiterFactory(
    (limiter) => new RateLimiterRedis({ ...limiter, storeClient: client, rejectIfRedisNotReady: true }),
    async () => {
      await client.ping();
    },
    options.keyPrefix,
  );
}
