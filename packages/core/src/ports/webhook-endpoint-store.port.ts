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
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** An endpoint's place in the event stream and its retry schedule (one row per endpoint). */
export interface WebhookDeliveryState {
  readonly endpointId: string;
  /** The id of the last event delivered (or skipped as not matching); null: none yet. */
  readonly cursor: string | null;
  /** Failed attempts at the event after the cursor (0: the next attempt is the first). */
  readonly attemptCount: number;
  /** When the next attempt may start; null: now. */
  readonly nextAttemptAt: Date | null;
}

export type WebhookEndpointPatch = Partial<Pick<WebhookEndpoint, 'url' | 'eventTypes' | 'description' | 'enabled' | 'disabledReason'>> & {
  readonly updatedAt: Date;
};

/** One attempt at one event for one endpoint. Never holds the secret or the signature. */
export interface WebhookDeliveryAttempt {
  readonly id: string;
  readonly endpointId: string;
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

/**
 * The webhook endpoints registry, with each endpoint's delivery state and log. Endpoints are
 * configuration, not part of a user change, so this store does not join units of work.
 */
export interface WebhookEndpointStore {
  create(endpoint: WebhookEndpoint): Promise<void>;
  get(tenantId: string, id: string): Promise<WebhookEndpoint | null>;
  /** The tenant's endpoints, oldest first. */
  list(tenantId: string): Promise<readonly WebhookEndpoint[]>;
  /** Every enabled endpoint of every tenant (what the delivery worker walks). */
  listEnabled(): Promise<readonly WebhookEndpoint[]>;
  /** The updated endpoint, or null when there is none with this id in the tenant. */
  update(tenantId: string, id: string, patch: WebhookEndpointPatch): Promise<WebhookEndpoint | null>;
  /** Removes the endpoint, its state and its log; false when there was none. */
  delete(tenantId: string, id: string): Promise<boolean>;
  /** The endpoint's state; a new endpoint starts with no cursor and no attempts. */
  deliveryState(endpointId: string): Promise<WebhookDeliveryState>;
  saveDeliveryState(state: WebhookDeliveryState): Promise<void>;
  appendDelivery(attempt: WebhookDeliveryAttempt): Promise<void>;
  /** Newest first (by id), at most `limit`. */
  listDeliveries(query: WebhookDeliveryQuery): Promise<readonly WebhookDeliveryAttempt[]>;
}
