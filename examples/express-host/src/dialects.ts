import type { Roster } from '@roster/core';
import { createCourselitDialect, createIspringDialect, createObjectiveDialect, createRestV1Dialect, type Dialect } from '@roster/core/http';

export interface DialectSettings {
  /** rest-v1 requests per minute per API key; false: no limit. */
  readonly restRateLimit: number | false;
  /** The courselit dialect's `upsert` option (ROSTER_COURSELIT_UPSERT); off when absent. */
  readonly courselitUpsert?: boolean;
}

/** All four dialects at their default paths (none of them has a prefix). */
export function createDialects(roster: Roster, settings: DialectSettings): Dialect[] {
  const rateLimit = settings.restRateLimit === false ? false : { points: settings.restRateLimit, durationSeconds: 60 };
  return [
    createCourselitDialect(roster, { upsert: settings.courselitUpsert === true }),
    createIspringDialect(roster),
    createObjectiveDialect(roster),
    createRestV1Dialect(roster, { rateLimit }),
  ];
}
