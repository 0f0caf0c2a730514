import { EntitySchema } from '@mikro-orm/core';

/** A row of `roster_audit_events`: one audit event, appended in the transaction of its change, never changed. */
export interface AuditEventRow {
  id: string;
  tenantId: string | null;
  type: string;
  occurredAt: Date;
  actorKind: string;
  actorId: string | null;
  actorRole: string | null;
  targetKind: string | null;
  targetId: string | null;
  changes: unknown[];
  requestId: string | null;
  clientAddress: string | null;
  dialect: string | null;
  route: string | null;
}

export const AUDIT_EVENT_INDEXES = {
  tenant: 'roster_audit_events_tenant_index',
  actor: 'roster_audit_events_actor_index',
  target: 'roster_audit_events_target_index',
} as const;

export const RosterAuditEventSchema = new EntitySchema<AuditEventRow>({
  name: 'RosterAuditEvent',
  tableName: 'roster_audit_events',
  properties: {
    id: { type: 'string', length: 64, primary: true, fieldName: 'id' },
    tenantId: { type: 'string', length: 128, nullable: true, fieldName: 'tenant_id' },
    type: { type: 'string', length: 64, fieldName: 'type' },
    occurredAt: { type: 'datetime', length: 3, fieldName: 'occurred_at' },
    actorKind: { type: 'string', length: 16, fieldName: 'actor_kind' },
    actorId: { type: 'string', length: 128, nullable: true, fieldName: 'actor_id' },
    actorRole: { type: 'string', length: 100, nullable: true, fieldName: 'actor_role' },
    targetKind: { type: 'string', length: 16, nullable: true, fieldName: 'target_kind' },
    targetId: { type: 'string', length: 128, nullable: true, fieldName: 'target_id' },
    changes: { type: 'json', fieldName: 'changes' },
    requestId: { type: 'string', length: 128, nullable: true, fieldName: 'request_id' },
    clientAddress: { type: 'string', length: 64, nullable: true, fieldName: 'client_address' },
    dialect: { type: 'string', length: 32, nullable: true, fieldName: 'dialect' },
    route: { type: 'string', length: 100, nullable: true, fieldName: 'route' },
  },
  indexes: [
    { name: AUDIT_EVENT_INDEXES.tenant, properties: ['tenantId', 'id'] },
    { name: AUDIT_EVENT_INDEXES.actor, properties: ['tenantId', 'actorId', 'id'] },
    { name: AUDIT_EVENT_INDEXES.target, properties: ['tenantId', 'targetId', 'id'] },
  ],
});
