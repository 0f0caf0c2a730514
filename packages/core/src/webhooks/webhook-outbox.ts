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
export function enqueueWebhookEntries(stores: TransactionalStores, event: AuditEvent, messageId: () => string): Promise<number> {
  return enqueueWebhookEntriesOf(stores, [event], messageId);
}

/**
 * The same for several events (a bulk import's batch): each tenant's endpoints read once, and
 * every entry written in one `enqueue`.
 */
export async function enqueueWebhookEntriesOf(
  stores: TransactionalStores,
  events: readonly AuditEvent[],
  messageId: () => string,
): Promise<number> {
  const subscribersOf = new Map<string, readonly WebhookSubscriber[]>();
  const entries: WebhookOutboxEntry[] = [];
  for (const event of events) {
    if (event.tenantId === null) continue;
    let subscribers = subscribersOf.get(event.tenantId);
    if (subscribers === undefined) {
      subscribers = await stores.webhookOutbox.subscribers(event.tenantId);
      subscribersOf.set(event.tenantId, subscribers);
    }
    const taking = subscribers.filter((subscriber) => takesEvent(subscriber, event));
    if (taking.length === 0) continue;
    const payload = webhookPayload(event);
    for (const subscriber of taking) {
      entries.push({
        id: `whmsg_${messageId()}`,
        endpointId: subscriber.id,
        eventId: event.id,
        eventType: event.type,
        payload,
        status: 'pending',
        attemptCount: 0,
        createdAt: event.occurredAt,
      });
    }
  }
  if (entries.length > 0) await stores.webhookOutbox.enqueue(entries);
  return entries.length;
}
