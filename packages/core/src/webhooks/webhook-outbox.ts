import type { AuditEvent, TransactionalStores, WebhookOutboxEntry, WebhookSubscriber } from '../ports';
import { adminAuditEventView } from '../http/dialects/admin/audit.views';

/** The JSON body of a delivery (Standard Webhooks' recommended `type`, `timestamp`, `data`): the event as the admin API shows it. */
export function webhookPayload(event: AuditEvent): string {
  return JSON.stringify({ type: event.type, timestamp: event.occurredAt.toISOString(), data: adminAuditEventView(event) });
}

export function takesEvent(subscriber: WebhookSubscriber, event: AuditEvent): boolean {
  return subscriber.eventTypes.length === 0 || subscriber.eventTypes.includes(event.type);
}

/**
 * Writes the event's outbox entries in the unit of work that writes the event: one per enabled
 * endpoint of its tenant that takes its type. `messageId` makes each entry's `whmsg_` id.
 */
export async function enqueueWebhookEntries(stores: TransactionalStores, event: AuditEvent, messageId: () => string): Promise<number> {
  if (event.tenantId === null) return 0;
  const subscribers = (await stores.webhookOutbox.subscribers(event.tenantId)).filter((subscriber) => takesEvent(subscriber, event));
  if (subscribers.length === 0) return 0;
  const payload = webhookPayload(event);
  const entries: WebhookOutboxEntry[] = subscribers.map((subscriber) => ({
    id: `whmsg_${messageId()}`,
    endpointId: subscriber.id,
    eventId: event.id,
    eventType: event.type,
    payload,
    status: 'pending',
    attemptCount: 0,
    createdAt: event.occurredAt,
  }));
  await stores.webhookOutbox.enqueue(entries);
  return entries.length;
}
