import type { RefusalSample, RequestSample, RosterMetrics, StoreCallSample, WebhookAttemptSample } from '../ports';
import { loadOptionalPeer } from './shared-limits/load-optional-peer';

/** The parts of a prom-client `Registry` Roster uses (prom-client is an optional peer dependency). */
export interface PrometheusRegistry {
  readonly contentType: string;
  metrics(): Promise<string>;
  getSingleMetric(name: string): unknown;
}

export interface PrometheusMetricsOptions {
  /** The host's registry (e.g. prom-client's global `register`); a new one of Roster's own when absent. */
  readonly registry?: PrometheusRegistry;
  /** Before every metric name (default `roster_`). */
  readonly prefix?: string;
  /** Latency histogram buckets in seconds (default prom-client's: 5 ms to 10 s). */
  readonly buckets?: readonly number[];
  /** Webhook delivery lag buckets in seconds (default `WEBHOOK_LAG_BUCKETS`: 0.1 s to 1 day, retries back off for hours). */
  readonly webhookLagBuckets?: readonly number[];
}

/** The default buckets of `roster_webhook_delivery_lag_seconds`: 0.1 s to a day. */
export const WEBHOOK_LAG_BUCKETS: readonly number[] = [0.1, 0.5, 1, 2, 5, 15, 30, 60, 120, 300, 900, 1800, 3600, 10_800, 21_600, 86_400];

/** Roster's metrics on a prom-client registry, and that registry's text exposition for a scrape. */
export interface PrometheusMetrics extends RosterMetrics {
  readonly registry: PrometheusRegistry;
  /** The exposition's `Content-Type`. */
  readonly contentType: string;
  scrape(): Promise<string>;
}

type PromClient = typeof import('prom-client');
interface Labelled {
  inc(labels: Record<string, string>): void;
}
interface Observed {
  observe(labels: Record<string, string>, value: number): void;
}

/**
 * Roster's metrics through prom-client (docs/observability.md): request counts and latency by
 * dialect, route template and method (and status for counts), store calls by store, method and
 * outcome, refusals by the limit that refused, webhook delivery attempts by outcome and the
 * enqueue-to-delivery lag of delivered webhooks. Label values are fixed names only. Made twice
 * on one registry, the second reuses the first one's metrics instead of failing.
 */
export function createPrometheusMetrics(options: PrometheusMetricsOptions = {}, load?: (id: string) => unknown): PrometheusMetrics {
  const prom = loadOptionalPeer('prom-client', 'createPrometheusMetrics', load) as PromClient;
  const registry: PrometheusRegistry = options.registry ?? new prom.Registry();
  const prefix = options.prefix ?? 'roster_';
  const buckets = options.buckets ? [...options.buckets] : undefined;
  const registers = [registry as never];
  const existing = (name: string): unknown => registry.getSingleMetric(prefix + name);
  const counter = (name: string, help: string, labelNames: string[]): Labelled =>
    (existing(name) as Labelled | undefined) ?? new prom.Counter({ name: prefix + name, help, labelNames, registers });
  const histogram = (name: string, help: string, labelNames: string[], own = buckets): Observed =>
    (existing(name) as Observed | undefined) ??
    new prom.Histogram({ name: prefix + name, help, labelNames, registers, ...(own ? { buckets: own } : {}) });

  const requests = counter('requests_total', 'Roster requests answered, by dialect, route template, method and status', [
    'dialect',
    'route',
    'method',
    'status',
  ]);
  const requestSeconds = histogram('request_duration_seconds', 'Roster request latency in seconds, by dialect, route template and method', [
    'dialect',
    'route',
    'method',
  ]);
  const storeCalls = counter('store_calls_total', 'Roster store calls, by store, method and outcome', ['store', 'operation', 'outcome']);
  const storeSeconds = histogram('store_call_duration_seconds', 'Roster store call latency in seconds, by store and method', [
    'store',
    'operation',
  ]);
  const refusals = counter('refusals_total', 'Roster requests refused by a limit, by dialect, route template and reason', [
    'dialect',
    'route',
    'reason',
  ]);
  const webhookAttempts = counter(
    'webhook_delivery_attempts_total',
    'Roster webhook delivery attempts, by outcome (delivered, http_3xx, http_4xx, http_5xx, timeout, network_error, refused)',
    ['outcome'],
  );
  const webhookLag = histogram(
    'webhook_delivery_lag_seconds',
    'Seconds from a webhook event being enqueued to its delivery (retries included)',
    [],
    [...(options.webhookLagBuckets ?? WEBHOOK_LAG_BUCKETS)],
  );

  return {
    registry,
    contentType: registry.contentType,
    scrape: () => registry.metrics(),
    recordRequest({ dialect, route, method, status, durationSeconds }: RequestSample) {
      requests.inc({ dialect, route, method, status: String(status) });
      requestSeconds.observe({ dialect, route, method }, durationSeconds);
    },
    recordStoreCall({ store, operation, outcome, durationSeconds }: StoreCallSample) {
      storeCalls.inc({ store, operation, outcome });
      storeSeconds.observe({ store, operation }, durationSeconds);
    },
    recordRefusal({ dialect, route, reason }: RefusalSample) {
      refusals.inc({ dialect, route, reason });
    },
    recordWebhookAttempt({ outcome, lagSeconds }: WebhookAttemptSample) {
      webhookAttempts.inc({ outcome });
      if (lagSeconds !== null) webhookLag.observe({}, lagSeconds);
    },
  };
}
