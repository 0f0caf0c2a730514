import type { Roster } from '@roster/core';
import {
  createAdminDialect,
  createCourselitDialect,
  createIspringDialect,
  createObjectiveDialect,
  createRestV1Dialect,
  createScimDialect,
  type Dialect,
} from '@roster/core/http';

export interface DialectSettings {
  /** rest-v1 requests per minute per API key; false: no limit. */
  readonly restRateLimit: number | false;
  /** The courselit dialect's `upsert` option (ROSTER_COURSELIT_UPSERT); off when absent. */
  readonly courselitUpsert?: boolean;
  /** The admin API's operator credential (ROSTER_OPERATOR_TOKEN); absent or null: operator access off. */
  readonly operatorToken?: string | null;
}

/**
 * All six dialects at their default paths (none of them has a prefix but scim, at /scim/v2; admin's
 * routes sit under /roster/v1).
 */
export function createDialects(roster: Roster, settings: DialectSettings): Dialect[] {
  const rateLimit = settings.restRateLimit === false ? false : { points: settings.restRateLimit, durationSeconds: 60 };
  return [
    createCourselitDialect(roster, { upsert: settings.courselitUpsert === true }),
    createIspringDialect(roster),
    createObjectiveDialect(roster),
    createRestV1Dialect(roster, { rateLimit }),
    createAdminDialect(roster, { operatorToken: settings.operatorToken ?? null }),
    // SCIM 2.0 for identity providers (Entra ID, Okta) at /scim/v2 (packages/core/src/http/dialects/scim/README.md).
    createScimDialect(roster),
  ];
}
