import {
  adminDialect,
  courselitDialect,
  healthDialect,
  ispringDialect,
  objectiveDialect,
  restV1Dialect,
  scimDialect,
} from '@roster/core/http';
import { withOptions, type DialectMount } from '@roster/nestjs';

/**
 * All six dialects at their default paths (none has a prefix but scim, at /scim/v2), as the Express example host
 * mounts them; rest-v1 with the example hosts' rate limit (docs/dialects/common.md), courselit with its
 * `upsert` option when asked (ROSTER_COURSELIT_UPSERT), admin with the operator token (ROSTER_OPERATOR_TOKEN).
 */
export function hostDialects(restRateLimit: number | false, courselitUpsert = false, operatorToken: string | null = null): DialectMount[] {
  const rateLimit = restRateLimit === false ? false : { points: restRateLimit, durationSeconds: 60 };
  return [
    withOptions(courselitDialect, { upsert: courselitUpsert }),
    ispringDialect,
    objectiveDialect,
    withOptions(restV1Dialect, { rateLimit }),
    withOptions(adminDialect, { operatorToken }),
    // SCIM 2.0 at its default mount point, /scim/v2 (packages/core/src/http/dialects/scim/README.md).
    scimDialect,
    // Liveness and readiness at /roster/health/live and /roster/health/ready (docs/health.md).
    healthDialect,
  ];
}
