import type { AuditEventType, WebhookDeliveryAttempt, WebhookDisabledReason, WebhookEndpoint, WebhookOutboxEntry } from '@roster/core';
import type { WebhookDeliveryRow, WebhookEndpointRow, WebhookOutboxRow } from '../entities';

const date = (value: Date | string): Date => new Date(new Date(value).getTime());
const dateOrNull = (value: Date | string | null): Date | null => (value === null ? null : date(value));

export function toWebhookEndpointRow(endpoint: WebhookEndpoint): WebhookEndpointRow {
  return {
    id: endpoint.id,
    tenantId: endpoint.tenantId,
    url: endpoint.url,
    eventTypes: [...endpoint.eventTypes],
    description: endpoint.description,
    enabled: endpoint.enabled,
    disabledReason: endpoint.disabledReason,
    secret: endpoint.secret,
    previousSecret: endpoint.previousSecret,
    previousSecretExpiresAt: dateOrNull(endpoint.previousSecretExpiresAt),
    createdAt: date(endpoint.createdAt),
    updatedAt: date(endpoint.updatedAt),
    leaseOwner: null,
    leaseUntil: null,
  };
}

export function toWebhookEndpoint(row: WebhookEndpointRow): WebhookEndpoint {
  const eventTypes = (typeof row.eventTypes === 'string' ? JSON.parse(row.eventTypes) : row.eventTypes) as AuditEventType[];
  return {
    id: row.id,
    tenantId: row.tenantId,
    url: row.url,
    eventTypes,
    description: row.description,
    enabled: row.enabled,
    disabledReason: row.disabledReason as WebhookDisabledReason | null,
    secret: row.secret,
    previousSecret: row.previousSecret,
    previousSecretExpiresAt: dateOrNull(row.previousSecretExpiresAt),
    createdAt: date(row.createdAt),
    updatedAt: date(row.updatedAt),
  };
}

export function toWebhookOutboxRow(entry: WebhookOutboxEntry): WebhookOutboxRow {
  return { ...entry, createdAt: date(entry.createdAt) };
}

export function toWebhookOutboxEntry(row: WebhookOutboxRow): WebhookOutboxEntry {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    eventType: row.eventType as AuditEventType,
    payload: row.payload,
    status: row.status as WebhookOutboxEntry['status'],
    attemptCount: row.attemptCount,
    createdAt: date(row.createdAt),
  };
}

export function toWebhookDeliveryRow(attempt: WebhookDeliveryAttempt): WebhookDeliveryRow {
  return { ...attempt, attemptedAt: date(attempt.attemptedAt) };
}

export function toWebhookDeliveryAttempt(row: WebhookDeliveryRow): WebhookDeliveryAttempt {
  return {
    id: row.id,
    endpointId: row.endpointId,
    messageId: row.messageId,
    eventId: row.eventId,
    attempt: row.attempt,
    attemptedAt: date(row.attemptedAt),
    status: row.status,
    latencyMs: row.latencyMs,
    responseSnippet: row.responseSnippet,
    outcome: row.outcome as WebhookDeliveryAttempt['outcome'],
  };
}
