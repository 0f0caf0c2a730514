import type { AuditEvent, AuditEventQuery, AuditEventStore } from '@roster/core';
import { copy } from './copy';
import type { MemoryState } from './memory-state';
import type { Transaction } from './transaction';
import type { TransactionRunner } from './transaction-runner';

/** `AuditEventStore` over the memory state: events by id, appended through the transaction's undo log. */
export class InMemoryAuditEventStore implements AuditEventStore {
  constructor(
    private readonly state: MemoryState,
    private readonly runner: TransactionRunner,
    private readonly bound?: Transaction,
  ) {}

  append(event: AuditEvent): Promise<void> {
    return this.runner.apply((tx) => tx.set(this.state.auditEvents, event.id, copy(event)), this.bound);
  }

  appendMany(events: readonly AuditEvent[]): Promise<void> {
    return this.runner.apply((tx) => {
      for (const event of events) tx.set(this.state.auditEvents, event.id, copy(event));
    }, this.bound);
  }

  list(query: AuditEventQuery): Promise<readonly AuditEvent[]> {
    return this.runner.apply(
      () =>
        [...this.state.auditEvents.values()]
          .filter((event) => matches(event, query))
          .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
          .slice(0, query.limit)
          .map(copy),
      this.bound,
    );
  }

  purgeBefore(tenantId: string, beforeId: string, limit: number): Promise<number> {
    return this.runner.apply((tx) => {
      const due = [...this.state.auditEvents.values()]
        .filter((event) => event.tenantId === tenantId && event.id < beforeId)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, limit);
      for (const event of due) tx.delete(this.state.auditEvents, event.id);
      return due.length;
    }, this.bound);
  }
}

function matches(event: AuditEvent, query: AuditEventQuery): boolean {
  const time = event.occurredAt.getTime();
  return (
    event.tenantId === query.tenantId &&
    (query.actorId === undefined || event.actor.id === query.actorId) &&
    (query.targetId === undefined || event.target?.id === query.targetId) &&
    (query.types === undefined || query.types.includes(event.type)) &&
    (query.from === undefined || time >= query.from.getTime()) &&
    (query.to === undefined || time < query.to.getTime()) &&
    (query.beforeId === undefined || event.id < query.beforeId)
  );
}
