import { courselitDialect, ispringDialect, objectiveDialect, restV1Dialect } from '@roster/core/http';
import { withOptions, type DialectMount } from '@roster/nestjs';

/**
 * All four dialects at their default paths (none has a prefix), as the Express example host
 * mounts them; rest-v1 with the example hosts' rate limit (spec/common.md).
 */
export function hostDialects(restRateLimit: number | false): DialectMount[] {
  const rateLimit = restRateLimit === false ? false : { points: restRateLimit, durationSeconds: 60 };
  return [courselitDialect, ispringDialect, objectiveDialect, withOptions(restV1Dialect, { rateLimit })];
}
