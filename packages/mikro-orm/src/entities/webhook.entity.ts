import { EntitySchema } from '@mikro-orm/core';

/** A row of `roster_webhook_endpoints`: one endpoint, with its delivery lease (`lease_owner`, `lease_until`). */
export interface WebhookEndpointRow {
  id: string;
  tenantId: string;
  url: string;
  eventTypes: string[];
  description: string | null;
  enabled: boolean;
  disabledReason: string | null;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  leaseOwner: string | null;
  leaseUntil: Date | null;
}

/** A row of `roster_webhook_outbox`: one event to deliver to one endpoint, written in the event's transaction. */
export interface WebhookOutboxRow {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  payload: string;
  status: string;
  attemptCount: number;
  createdAt: Date;
}

/** A row of `roster_webhook_deliveries`: one attempt (never the secret or the signature). */
export interface WebhookDeliveryRow {
  id: string;
  endpointId: string;
  messageId: string;
  eventId: string;
  attempt: number;
  attemptedAt: Date;
  status: number | null;
  latencyMs: number;
  responseSnippet: string;
  outcome: string;
}

export const WEBHOOK_INDEXES = {
  endpointTenant: 'roster_webhook_endpoints_tenant_index',
  outboxEndpoint: 'roster_webhook_outbox_endpoint_index',
  outboxUnique: 'roster_webhook_outbox_endpoint_event_unique',
  deliveryEndpoint: 'roster_webhook_deliveries_endpoint_index',
  /** The purge job's batches (migration `roster_audit_retention`). */
  outboxPurge: 'roster_webhook_outbox_purge_index',
  deliveryPurge: 'roster_webhook_deliveries_purge_index',
} as const;

export const RosterWebhookEndpointSchema = new EntitySchema<WebhookEndpointRow>({
  name: 'RosterWebhookEndpoint',
  tableName: 'roster_webhook_endpoints',
  properties: {
    id: { type: 'string', length: 64, primary: true, fieldName: 'id' },
    tenantId: { type: 'string', length: 128, fieldName: 'tenant_id' },
    url: { type: 'text', fieldName: 'url' },
    eventTypes: { type: 'json', fieldName: 'event_types' },
    description: { type: 'text', nullable: true, fieldName: 'description' },
    enabled: { type: 'boolean', fieldName: 'enabled' },
    disabledReason: { type: 'string', length: 16, nullable: true, fieldName: 'disabled_reason' },
    secret: { type: 'string', length: 128, fieldName: 'secret' },
    previousSecret: { type: 'string', length: 128, nullable: true, fieldName: 'previous_secret' },
    previousSecretExpiresAt: { type: 'datetime', length: 3, nullable: true, fieldName: 'previous_secret_expires_at' },
    createdAt: { type: 'datetime', length: 3, fieldName: 'created_at' },
    updatedAt: { type: 'datetime', length: 3, fieldName: 'updated_at' },
    leaseOwner: { type: 'string', length: 128, nullable: true, fieldName: 'lease_owner' },
    leaseUntil: { type: 'datetime', length: 3, nullable: true, fieldName: 'lease_until' },
  },
  indexes: [{ name: WEBHOOK_INDEXES.endpointTenant, properties: ['tenantId', 'id'] }],
});

export const RosterWebhookOutboxSchema = new EntitySchema<WebhookOutboxRow>({
  name: 'RosterWebhookOutbox',
  tableName: 'roster_webhook_outbox',
  properties: {
    id: { type: 'string', length: 64, primary: true, fieldName: 'id' },
    endpointId: { type: 'string', length: 64, fieldName: 'endpoint_id' },
    eventId: { type: 'string', length: 64, fieldName: 'event_id' },
    eventType: { type: 'string', length: 64, fieldName: 'event_type' },
    payload: { type: 'text', fieldName: 'payload' },
    status: { type: 'string', length: 16, fieldName: 'status' },
    attemptCount: { type: 'integer', fieldName: 'attempt_count' },
    createdAt: { type: 'datetime', length: 3, fieldName: 'created_at' },
  },
  indexes: [
    { name: WEBHOOK_INDEXES.outboxEndpoint, properties: ['endpointId', 'status', 'eventId'] },
    { name: WEBHOOK_INDEXES.outboxPurge, properties: ['status', 'createdAt'] },
  ],
  uniques: [{ name: WEBHOOK_INDEXES.outboxUnique, properties: ['endpointId', 'eventId'] }],
});

export const RosterWebhookDeliverySchema = new EntitySchema<WebhookDeliveryRow>({
  name: 'RosterWebhookDelivery',
  tableName: 'roster_webhook_deliveries',
  properties: {
    id: { type: 'string', length: 64, primary: true, fieldName: 'id' },
    endpointId: { type: 'string', length: 64, fieldName: 'endpoint_id' },
    messageId: { type: 'string', length: 64, fieldName: 'message_id' },
    eventId: { type: 'string', length: 64, fieldName: 'event_id' },
    attempt: { type: 'integer', fieldName: 'attempt' },
    attemptedAt: { type: 'datetime', length: 3, fieldName: 'attempted_at' },
    status: { type: 'integer', nullable: true, fieldName: 'status' },
    latencyMs: { type: 'integer', fieldName: 'latency_ms' },
    responseSnippet: { type: 'text', fieldName: 'response_snippet' },
    outcome: { type: 'string', length: 16, fieldName: 'outcome' },
  },
  indexes: [
    { name: WEBHOOK_INDEXES.deliveryEndpoint, properties: ['endpointId', 'id'] },
    { name: WEBHOOK_INDEXES.deliveryPurge, properties: ['attemptedAt'] },
  ],
});
