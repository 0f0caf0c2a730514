/**
 * What Roster reports to a metrics backend (docs/observability.md). Every label value is a name
 * from a fixed set (a dialect, a route template, a store method): never a raw path, an id, a
 * login or a credential. `createPrometheusMetrics()` is the prom-client implementation.
 */
export interface RosterMetrics {
  /** One answered request of a dialect route. */
  recordRequest(sample: RequestSample): void;
  /** One call of a store method (below the tenant and key cache: a cache hit is no store call). */
  recordStoreCall(sample: StoreCallSample): void;
  /** One request refused by a limit (also counted by `recordRequest` with its status). */
  recordRefusal(sample: RefusalSample): void;
  /** One webhook delivery attempt by the delivery worker (optional: a sink without it is not told). */
  recordWebhookAttempt?(sample: WebhookAttemptSample): void;
}

export interface RequestSample {
  readonly dialect: string;
  /** The route's template with the dialect's prefix, e.g. `/api/v1/users/:id`. */
  readonly route: string;
  /** The request's method (upper case). */
  readonly method: string;
  readonly status: number;
  readonly durationSeconds: number;
}

export interface StoreCallSample {
  /** `users`, `tenants`, `apiKeys` or `unitOfWork`. */
  readonly store: string;
  /** The port method, e.g. `findById`; `run` for a unit of work. */
  readonly operation: string;
  readonly outcome: 'ok' | 'error';
  readonly durationSeconds: number;
}

/**
 * `rate_limit`: a request rate limit (rest-v1's per-key limit) answered 429; `sign_in_throttle`:
 * the password throttle refused an attempt (RATE_LIMITED); `seat_limit`: a create found no seat
 * left (SEAT_LIMIT_REACHED).
 */
export type RefusalReason = 'rate_limit' | 'sign_in_throttle' | 'seat_limit';

export interface RefusalSample {
  readonly dialect: string;
  readonly route: string;
  readonly reason: RefusalReason;
}

/**
 * How one webhook delivery attempt ended: `delivered` (a 2xx); `http_3xx`, `http_4xx`, `http_5xx`
 * (any other answer, by status class; redirects are not followed, and 410 Gone is a `http_4xx`
 * that also disables the endpoint); `timeout` (no answer within the worker's `timeoutMs`);
 * `network_error` (no connection, reset, DNS failure); `refused` (the URL check refused the address).
 */
export type WebhookAttemptOutcome = 'delivered' | 'http_3xx' | 'http_4xx' | 'http_5xx' | 'timeout' | 'network_error' | 'refused';

/** One webhook delivery attempt: never the URL, the secret or the payload. */
export interface WebhookAttemptSample {
  /** How the attempt ended (the counter's one label). */
  readonly outcome: WebhookAttemptOutcome;
  /** For `delivered`: seconds from the entry's enqueue (its event's time) to the delivering attempt; null otherwise. */
  readonly lagSeconds: number | null;
}
