import { createHash, timingSafeEqual } from 'node:crypto';
import { ERROR_CODES } from '../../../errors';
import type { Roster } from '../../../roster.types';
import { createDialect } from '../../create-dialect';
import type { DialectBaseOptions, DialectPlugin } from '../../dialect-plugin';
import type { ErrorTable } from '../../error-hook';
import { bearerToken } from '../../headers';
import type { Dialect, RosterResponse } from '../../http.types';
import { textResponse } from '../../responses';

/** What the route serves: `createPrometheusMetrics()` gives one. */
export interface MetricsSource {
  readonly contentType: string;
  scrape(): Promise<string>;
}

export interface MetricsDialectOptions extends DialectBaseOptions {
  /** Default `/roster/metrics`. */
  readonly path?: string;
  /**
   * The Bearer token a scrape must present (the operator token fits); null: no check, for a host
   * that serves the route only where scrapers reach it (its own port or network). Required, so
   * that leaving metrics open is a decision written in the host's code.
   */
  readonly token: string | null;
}

export const DEFAULT_METRICS_PATH = '/roster/metrics';

const NO_STORE = { 'Cache-Control': 'no-store' };
const UNAUTHORIZED = textResponse(401, 'Unauthorized', { ...NO_STORE, 'WWW-Authenticate': 'Bearer' });
const FAILED: RosterResponse = textResponse(500, 'Internal Server Error', NO_STORE);
const METRICS_ERRORS = Object.fromEntries(ERROR_CODES.map((code) => [code, () => FAILED])) as unknown as ErrorTable;

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Compares digests in constant time, so the answer's timing says nothing of the token. */
function tokenMatches(given: string | null, expected: Buffer): boolean {
  return given !== null && timingSafeEqual(digest(given), expected);
}

/**
 * `GET <path>`: the metrics in Prometheus's text format (docs/observability.md), behind the
 * token when there is one (401 otherwise). Scrapes are not themselves counted.
 */
export function createMetricsDialect(roster: Roster, source: MetricsSource, options: MetricsDialectOptions): Dialect {
  const expected = options.token === null ? null : digest(options.token);
  return createDialect({
    name: 'metrics',
    prefix: options.prefix ?? '',
    errors: METRICS_ERRORS,
    logger: roster.logger,
    payloadTooLarge: textResponse(413, 'Payload Too Large', NO_STORE),
    routes: [
      {
        method: 'GET',
        path: options.path ?? DEFAULT_METRICS_PATH,
        name: 'scrape',
        handle: async ({ request }) => {
          if (expected !== null && !tokenMatches(bearerToken(request.headers), expected)) return UNAUTHORIZED;
          return textResponse(200, await source.scrape(), { ...NO_STORE, 'Content-Type': source.contentType });
        },
      },
    ],
  });
}

/** The metrics route as a plugin for `createRosterRouter` and `RosterModule` (path fixed up front). */
export function metricsDialect(source: MetricsSource, options: MetricsDialectOptions): DialectPlugin {
  return {
    name: 'metrics',
    routes: [{ method: 'GET', path: options.path ?? DEFAULT_METRICS_PATH, name: 'scrape' }],
    create: (roster, overrides = {}) => createMetricsDialect(roster, source, { ...options, ...overrides }),
  };
}
