import type { RefusalReason, RosterMetrics } from '../ports';
import { SPAN_KIND_INTERNAL, SPAN_STATUS_ERROR, type OtelSpan, type OtelTracer } from './otel-api';

/** What a request is known by in metrics and spans: fixed names, never the raw path. */
export interface RequestLabels {
  readonly dialect: string;
  /** The route template with the dialect's prefix (`/api/v1/users/:id`). */
  readonly route: string;
  /** One of the standard methods, or `OTHER`. */
  readonly method: string;
}

/** How a request ended: its status and, when a core error answered it, the error's code. */
export interface RequestEnd {
  readonly status: number;
  readonly errorCode?: string;
}

/**
 * Metrics and spans around requests and store calls (docs/observability.md). `active` is false
 * when there is neither a metrics sink nor a tracer: then nothing is wrapped and nothing is paid.
 */
export interface RosterTelemetry {
  readonly active: boolean;
  request<T>(labels: RequestLabels, work: () => Promise<T>, end: (result: T) => RequestEnd): Promise<T>;
  storeCall<T>(store: string, operation: string, work: () => Promise<T>): Promise<T>;
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** A request method as a label: the standard ones as they are, anything else `OTHER` (bounded). */
export function methodLabel(method: string): string {
  const upper = method.toUpperCase();
  return METHODS.has(upper) ? upper : 'OTHER';
}

/** Which limit refused a request, from its answer: null when none did. */
export function refusalReason(end: RequestEnd): RefusalReason | null {
  if (end.errorCode === 'SEAT_LIMIT_REACHED') return 'seat_limit';
  if (end.errorCode === 'RATE_LIMITED') return 'sign_in_throttle';
  if (end.status === 429) return 'rate_limit';
  return null;
}

const seconds = (started: number): number => (performance.now() - started) / 1000;

export function createTelemetry(metrics: RosterMetrics | null, tracer: OtelTracer | null): RosterTelemetry {
  const spanned = <T>(name: string, attributes: Record<string, string>, work: (span: OtelSpan | null) => Promise<T>): Promise<T> =>
    tracer
      ? tracer.startActiveSpan(name, { kind: SPAN_KIND_INTERNAL, attributes }, (span) => work(span).finally(() => span.end()))
      : work(null);

  return {
    active: metrics !== null || tracer !== null,
    request: (labels, work, end) =>
      spanned(
        `roster ${labels.dialect} ${labels.method} ${labels.route}`,
        { 'roster.dialect': labels.dialect, 'http.route': labels.route, 'http.request.method': labels.method },
        async (span) => {
          const started = performance.now();
          const result = await work();
          const outcome = end(result);
          span?.setAttribute('http.response.status_code', outcome.status);
          if (outcome.errorCode) span?.setAttribute('roster.error_code', outcome.errorCode);
          if (outcome.status >= 500) span?.setStatus({ code: SPAN_STATUS_ERROR });
          metrics?.recordRequest({ ...labels, status: outcome.status, durationSeconds: seconds(started) });
          const reason = refusalReason(outcome);
          if (reason) metrics?.recordRefusal({ dialect: labels.dialect, route: labels.route, reason });
          return result;
        },
      ),
    storeCall: (store, operation, work) =>
      spanned(`roster.store ${store}.${operation}`, { 'roster.store': store, 'roster.operation': operation }, async (span) => {
        const started = performance.now();
        try {
          const result = await work();
          metrics?.recordStoreCall({ store, operation, outcome: 'ok', durationSeconds: seconds(started) });
          return result;
        } catch (error) {
          span?.setStatus({ code: SPAN_STATUS_ERROR });
          metrics?.recordStoreCall({ store, operation, outcome: 'error', durationSeconds: seconds(started) });
          throw error;
        }
      }),
  };
}
