import type { WebhookDeliveryAttempt, WebhookEndpoint } from '../../../ports';
import { digest } from './admin-cursor';

/** A webhook endpoint on the wire: never its secret (only the create and rotate answers add it). */
export function adminWebhookView(endpoint: WebhookEndpoint): Record<string, unknown> {
  return {
    id: endpoint.id,
    url: endpoint.url,
    event_types: [...endpoint.eventTypes],
    description: endpoint.description,
    enabled: endpoint.enabled,
    disabled_reason: endpoint.disabledReason,
    previous_secret_expires_at: endpoint.previousSecretExpiresAt?.toISOString() ?? null,
    created_at: endpoint.createdAt.toISOString(),
    updated_at: endpoint.updatedAt.toISOString(),
  };
}

export function adminWebhookDeliveryView(attempt: WebhookDeliveryAttempt): Record<string, unknown> {
  return {
    id: attempt.id,
    message_id: attempt.messageId,
    event_id: attempt.eventId,
    attempt: attempt.attempt,
    attempted_at: attempt.attemptedAt.toISOString(),
    status: attempt.status,
    latency_ms: attempt.latencyMs,
    response_snippet: attempt.responseSnippet,
    outcome: attempt.outcome,
  };
}

/** An opaque cursor after the delivery `id` (older ones follow), bound to its endpoint: base64url of `<id>.<checksum>`. */
export function encodeDeliveryCursor(endpointId: string, id: string): string {
  return Buffer.from(`${id}.${digest(`delivery.${endpointId}.${id}`, 12)}`, 'utf8').toString('base64url');
}

export function decodeDeliveryCursor(endpointId: string, cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  const [id = '', sum = '', ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('.');
  return rest.length === 0 && /^whdl_[A-Za-z0-9_-]{1,60}$/.test(id) && sum === digest(`delivery.${endpointId}.${id}`, 12) ? id : null;
}
