import { ERROR_CODES } from '../../../errors';
import type { HealthReport } from '../../../health/health.types';
import type { Roster } from '../../../roster.types';
import { createDialect } from '../../create-dialect';
import { bindRoutes, type DialectBaseOptions, type DialectPlugin } from '../../dialect-plugin';
import type { ErrorTable } from '../../error-hook';
import type { Dialect, RosterResponse } from '../../http.types';
import { jsonResponse } from '../../responses';
import { HEALTH_API } from './health.openapi';
import { healthRoutes, type HealthPaths } from './health.routes';

export { DEFAULT_HEALTH_PATHS, healthRoutes, type HealthPaths } from './health.routes';

export interface HealthDialectOptions extends DialectBaseOptions, HealthPaths {}

const NO_STORE = { 'Cache-Control': 'no-store' };

/** 200 when up, 503 when down; the report names components and their status only (HealthReport). */
function reportResponse(report: HealthReport): RosterResponse {
  return jsonResponse(report.status === 'up' ? 200 : 503, report, NO_STORE);
}

/** Nothing in the handlers throws; should anything, the answer is a plain 503 "down". */
const DOWN: RosterResponse = jsonResponse(503, { status: 'down', components: {} }, NO_STORE);
const HEALTH_ERRORS = Object.fromEntries(ERROR_CODES.map((code) => [code, () => DOWN])) as unknown as ErrorTable;

/**
 * Liveness and readiness as a dialect, so both adapters mount it like the others (docs/health.md):
 * `GET <live>` answers 200 `{"status":"up","components":{}}` without I/O; `GET <ready>` runs
 * `roster.health.ready()` (database, shared limits store) and answers 200 or 503 with each
 * component's status. No connection string, credential or error message is ever in an answer.
 */
export function createHealthDialect(roster: Roster, options: HealthDialectOptions = {}): Dialect {
  return createDialect({
    name: 'health',
    prefix: options.prefix ?? '',
    errors: HEALTH_ERRORS,
    logger: roster.logger,
    payloadTooLarge: jsonResponse(413, { status: 'down', components: {} }, NO_STORE),
    routes: bindRoutes(healthRoutes(options), {
      live: () => Promise.resolve(reportResponse(roster.health.live())),
      ready: async () => reportResponse(await roster.health.ready()),
    }),
  });
}

/**
 * The health routes for an adapter, at the host's paths: `healthDialectAt({ live: '/livez',
 * ready: '/readyz' })`. The paths are fixed here (not in the mount's options) because NestJS
 * declares its controllers before any Roster exists.
 */
export function healthDialectAt(paths: HealthPaths = {}): DialectPlugin {
  return {
    name: 'health',
    routes: healthRoutes(paths),
    api: HEALTH_API,
    create: (roster, options = {}) => createHealthDialect(roster, { ...paths, ...options }),
  };
}

/** The health routes at `/roster/health/live` and `/roster/health/ready`. */
export const healthDialect: DialectPlugin = healthDialectAt();
