import type { AuditEventType } from './audit-event-store.port';

/** Why an endpoint stopped receiving: switched off by an admin, or it answered 410 Gone. */
export type WebhookDisabledReason = 'admin' | 'gone';

/** Where a tenant's events go. The secret is kept to sign with; no response ever shows it after creation. */
export interface WebhookEndpoint {
  /** `whep_` and a random suffix. */
  readonly id: string;
  readonly tenantId: string;
  readonly url: string;
  /** The event types delivered here; empty means every type. */
  readonly eventTypes: readonly AuditEventType[];
  readonly description: string | null;
  readonly enabled: boolean;
  readonly disabledReason: WebhookDisabledReason | null;
  /** `whsec_` and base64 key bytes (the Standard Webhooks form). */
  readonly secret: string;
  /** After a rotation with a grace: the old secret, which still signs (beside the new one) until `previousSecretExpiresAt`. */
  readonly previousSecret: string | null;
  readonly previousSecretExpiresAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export type WebhookEndpointPatch = Partial<
  Pick<
    WebhookEndpoint,
    'url' | 'eventTypes' | 'description' | 'enabled' | 'disabledReason' | 'secret' | 'previousSecret' | 'previousSecretExpiresAt'
  >
> & {
  readonly updatedAt: Date;
};

/** One event to deliver to one endpoint: a row of the outbox, written in the unit of work of the event. */
export interface WebhookOutboxEntry {
  /** `whmsg_` and a suffix; the Standard Webhooks `webhook-id` (the same on every attempt). */
  readonly id: string;
  readonly endpointId: string;
  readonly eventId: string;
  readonly eventType: AuditEventType;
  /** The JSON body posted, as written when the event was (never a secret). */
  readonly payload: string;
  /** `pending` until delivered, or `failed` once the attempts ran out (a redeliver makes it pending again). */
  readonly status: 'pending' | 'delivered' | 'failed';
  /** Failed attempts so far. */
  readonly attemptCount: number;
  readonly createdAt: Date;
}

export type WebhookOutboxEntryPatch = Pick<WebhookOutboxEntry, 'status' | 'attemptCount'>;

/** One attempt at one event for one endpoint. Never holds the secret or the signature. */
export interface WebhookDeliveryAttempt {
  readonly id: string;
  readonly endpointId: string;
  /** The outbox entry attempted (its `webhook-id`). */
  readonly messageId: string;
  readonly eventId: string;
  /** 1 for the first attempt at this event, then 2, 3, … */
  readonly attempt: number;
  readonly attemptedAt: Date;
  /** The HTTP status, or null when no answer came (timeout, refused connection, SSRF refusal). */
  readonly status: number | null;
  readonly latencyMs: number;
  /** At most 256 bytes of the response body (UTF-8, cut at a character boundary), or the error. */
  readonly responseSnippet: string;
  readonly outcome: 'delivered' | 'failed' | 'gone';
}

export interface WebhookDeliveryQuery {
  readonly endpointId: string;
  /** Keyset position (exclusive): attempts older than the one with this id. */
  readonly beforeId?: string;
  readonly limit: number;
}

/** What the outbox needs of an endpoint when an event is written: which endpoints take it. */
export interface WebhookSubscriber {
  readonly id: string;
  readonly eventTypes: readonly AuditEventType[];
}

/**
 * The outbox, as seen inside a unit of work: entries written here are kept exactly when the
 * event (and its change) is, so a rollback leaves nothing to deliver and a commit misses nothing.
 */
export interface WebhookOutboxStore {
  /** The tenant's enabled endpoints, read in the unit of work. */
  subscribers(tenantId: string): Promise<readonly WebhookSubscriber[]>;
  enqueue(entries: readonly WebhookOutboxEntry[]): Promise<void>;
}

/**
 * The webhook endpoints registry, with each endpoint's outbox entries, delivery lease and log.
 * Endpoints are configuration, not part of a user change: these calls do not join units of work.
 */
export interface WebhookEndpointStore {
  create(endpoint: WebhookEndpoint): Promise<void>;
  get(tenantId: string, id: string): Promise<WebhookEndpoint | null>;
  /** The tenant's endpoints, oldest first. */
  list(tenantId: string): Promise<readonly WebhookEndpoint[]>;
  /** The updated endpoint, or null when there is none with this id in the tenant. */
  update(tenantId: string, id: string, patch: WebhookEndpointPatch): Promise<WebhookEndpoint | null>;
  /** Removes the endpoint, its outbox entries and its log; false when there was none. */
  delete(tenantId: string, id: string): Promise<boolean>;
  /**
   * Leases one enabled endpoint that has a pending entry and no lease running at `now` to `owner`
   * until `leaseUntil` (one worker at a time delivers an endpoint's events, so they go in order).
   * On PostgreSQL and MariaDB the candidate row is taken `FOR UPDATE SKIP LOCKED`, so workers in
   * several processes never wait on each other nor lease the same endpoint. Null: none is due.
   */
  claimEndpoint(owner: string, now: Date, leaseUntil: Date): Promise<WebhookEndpoint | null>;
  /**
   * Ends `owner`'s lease; `notBefore` (the retry time after a failure) keeps the endpoint from
   * being claimed until then. A lease another owner holds now is left alone.
   */
  releaseEndpoint(endpointId: string, owner: string, notBefore: Date | null): Promise<void>;
  /** The endpoint's pending entries, oldest event first, at most `limit`. */
  pendingEntries(endpointId: string, limit: number): Promise<readonly WebhookOutboxEntry[]>;
  updateEntry(entryId: string, patch: WebhookOutboxEntryPatch): Promise<void>;
  /** Makes the endpoint's entry for the event pending again with no failed attempt; false when there is none. */
  redeliver(endpointId: string, eventId: string): Promise<boolean>;
  appendDelivery(attempt: WebhookDeliveryAttempt): Promise<void>;
  /** One attempt of the endpoint, or null. */
  getDelivery(endpointId: string, id: string): Promise<WebhookDeliveryAttempt | null>;
  /** Newest first (by id), at most `limit`. */
  listDeliveries(query: WebhookDeliveryQuery): Promise<readonly WebhookDeliveryAttempt[]>;
  /**
   * For the purge job: removes at most `limit` outbox entries created before `before` that will never
   * be sent again: delivered ones, and any entry of an endpoint since deleted (one another process
   * enqueued while its subscriber cache still listed the endpoint). Pending and failed entries of a
   * live endpoint stay. Oldest first, in short statements of their own; how many it removed.
   */
  purgeDeliveredEntries(before: Date, limit: number): Promise<number>;
  /** For the purge job: removes at most `limit` delivery-log rows attempted before `before`, oldest first; how many. */
  purgeDeliveries(before: Date, limit: number): Promise<number>;
}
