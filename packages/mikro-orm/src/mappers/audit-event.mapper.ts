import type { AuditActor, AuditChange, AuditEvent, AuditEventType, AuditTarget } from '@roster/core';
import type { AuditEventRow } from '../entities';

export function toAuditEventRow(event: AuditEvent): AuditEventRow {
  return {
    id: event.id,
    tenantId: event.tenantId,
    type: event.type,
    occurredAt: new Date(event.occurredAt.getTime()),
    actorKind: event.actor.kind,
    actorId: event.actor.id,
    actorRole: event.actor.role,
    targetKind: event.target?.kind ?? null,
    targetId: event.target?.id ?? null,
    changes: event.changes.map((change) => ({ ...change })),
    requestId: event.requestId,
    clientAddress: event.clientAddress,
    dialect: event.dialect,
    route: event.route,
  };
}

export function toAuditEvent(row: AuditEventRow): AuditEvent {
  const changes = (typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes) as AuditChange[];
  return {
    id: row.id,
    tenantId: row.tenantId,
    type: row.type as AuditEventType,
    occurredAt: new Date(new Date(row.occurredAt).getTime()),
    actor: { kind: row.actorKind as AuditActor['kind'], id: row.actorId, role: row.actorRole },
    target: row.targetKind === null || row.targetId === null ? null : { kind: row.targetKind as AuditTarget['kind'], id: row.targetId },
    changes,
    requestId: row.requestId,
    clientAddress: row.clientAddress,
    dialect: row.dialect,
    route: row.route,
  };
}
