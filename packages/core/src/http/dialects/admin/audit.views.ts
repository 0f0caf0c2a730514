import type { AuditEvent } from '../../../ports';

/** An audit event on the wire (snake_case, times in RFC 3339). */
export function adminAuditEventView(event: AuditEvent): Record<string, unknown> {
  return {
    id: event.id,
    type: event.type,
    occurred_at: event.occurredAt.toISOString(),
    tenant_id: event.tenantId,
    actor: event.actor,
    target: event.target,
    changes: event.changes,
    request_id: event.requestId,
    client_address: event.clientAddress,
    dialect: event.dialect,
    route: event.route,
  };
}
