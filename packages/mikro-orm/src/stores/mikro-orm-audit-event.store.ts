import type { FilterQuery } from '@mikro-orm/core';
import type { AuditEvent, AuditEventQuery, AuditEventStore } from '@roster/core';
import { RosterAuditEventSchema, type AuditEventRow } from '../entities';
import { toAuditEvent, toAuditEventRow } from '../mappers';
import { guarded, type StoreContext } from './store-context';

/** `AuditEventStore` on MikroORM: plain inserts (in the unit of work's transaction when inside one) and keyset reads by id. */
export class MikroOrmAuditEventStore implements AuditEventStore {
  constructor(private readonly context: StoreContext) {}

  append(event: AuditEvent): Promise<void> {
    return guarded(async () => {
      await this.context.em().insert(RosterAuditEventSchema, toAuditEventRow(event));
    });
  }

  appendMany(events: readonly AuditEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    return guarded(async () => {
      await this.context.em().insertMany(RosterAuditEventSchema, events.map(toAuditEventRow));
    });
  }

  list(query: AuditEventQuery): Promise<readonly AuditEvent[]> {
    return guarded(async () => {
      const rows = await this.context.em().find(RosterAuditEventSchema, where(query), { orderBy: { id: 'desc' }, limit: query.limit });
      return rows.map(toAuditEvent);
    });
  }

  /** Two short statements, outside any transaction: the batch's ids (by the tenant index), then their delete. */
  purgeBefore(tenantId: string, beforeId: string, limit: number): Promise<number> {
    return guarded(async () => {
      const due = await this.context
        .em()
        .find(RosterAuditEventSchema, { tenantId, id: { $lt: beforeId } }, { fields: ['id'], orderBy: { id: 'asc' }, limit });
      if (due.length === 0) return 0;
      return this.context.em().nativeDelete(RosterAuditEventSchema, { tenantId, id: { $in: due.map((row) => row.id), $lt: beforeId } });
    });
  }
}

function where(query: AuditEventQuery): FilterQuery<AuditEventRow> {
  const time: { $gte?: Date; $lt?: Date } = {};
  if (query.from !== undefined) time.$gte = query.from;
  if (query.to !== undefined) time.$lt = query.to;
  return {
    tenantId: query.tenantId,
    ...(query.actorId === undefined ? {} : { actorId: query.actorId }),
    ...(query.targetId === undefined ? {} : { targetId: query.targetId }),
    ...(query.types === undefined ? {} : { type: { $in: [...query.types] } }),
    ...(query.from === undefined && query.to === undefined ? {} : { occurredAt: time }),
    ...(query.beforeId === undefined ? {} : { id: { $lt: query.beforeId } }),
  };
}
