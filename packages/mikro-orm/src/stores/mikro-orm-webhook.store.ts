import { LockMode } from '@mikro-orm/core';
import type {
  WebhookDeliveryAttempt,
  WebhookDeliveryQuery,
  WebhookEndpoint,
  WebhookEndpointPatch,
  WebhookEndpointStore,
  WebhookOutboxEntry,
  WebhookOutboxEntryPatch,
  WebhookOutboxStore,
  WebhookSubscriber,
} from '@roster/core';
import { RosterWebhookDeliverySchema, RosterWebhookEndpointSchema, RosterWebhookOutboxSchema } from '../entities';
import {
  toWebhookDeliveryAttempt,
  toWebhookDeliveryRow,
  toWebhookEndpoint,
  toWebhookEndpointRow,
  toWebhookOutboxEntry,
  toWebhookOutboxRow,
} from '../mappers';
import { queryBuilder, subQuery } from '../orm/mikro-orm-compat';
import { sqlDialectOf } from '../orm/sql-dialect';
import { guarded, type StoreContext } from './store-context';

/**
 * `WebhookEndpointStore` on MikroORM. A claim is one short transaction: the first free endpoint
 * with pending entries is read `FOR UPDATE SKIP LOCKED` (PostgreSQL, MariaDB/MySQL; SQLite has one
 * writer at a time, so its transaction alone serializes claims) and its lease written.
 */
export class MikroOrmWebhookStore implements WebhookEndpointStore {
  constructor(private readonly context: StoreContext) {}

  create(endpoint: WebhookEndpoint): Promise<void> {
    return guarded(async () => {
      await this.context.em().insert(RosterWebhookEndpointSchema, toWebhookEndpointRow(endpoint));
    });
  }

  get(tenantId: string, id: string): Promise<WebhookEndpoint | null> {
    return guarded(async () => {
      const row = await this.context.em().findOne(RosterWebhookEndpointSchema, { id, tenantId });
      return row === null ? null : toWebhookEndpoint(row);
    });
  }

  list(tenantId: string): Promise<readonly WebhookEndpoint[]> {
    return guarded(async () => {
      const rows = await this.context.em().find(RosterWebhookEndpointSchema, { tenantId }, { orderBy: { id: 'asc' } });
      return rows.map(toWebhookEndpoint);
    });
  }

  update(tenantId: string, id: string, patch: WebhookEndpointPatch): Promise<WebhookEndpoint | null> {
    return guarded(async () => {
      const changes: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(patch) as [string, unknown][]) {
        if (value === undefined) continue;
        changes[field] = Array.isArray(value) ? [...(value as unknown[])] : value instanceof Date ? new Date(value.getTime()) : value;
      }
      const em = this.context.em();
      const count = await em.nativeUpdate(RosterWebhookEndpointSchema, { id, tenantId }, changes);
      if (count === 0) return null;
      const row = await this.context.em().findOne(RosterWebhookEndpointSchema, { id, tenantId });
      return row === null ? null : toWebhookEndpoint(row);
    });
  }

  delete(tenantId: string, id: string): Promise<boolean> {
    return guarded(() =>
      this.context.em().transactional(async (em) => {
        const count = await em.nativeDelete(RosterWebhookEndpointSchema, { id, tenantId });
        if (count === 0) return false;
        await em.nativeDelete(RosterWebhookOutboxSchema, { endpointId: id });
        await em.nativeDelete(RosterWebhookDeliverySchema, { endpointId: id });
        return true;
      }),
    );
  }

  claimEndpoint(owner: string, now: Date, leaseUntil: Date): Promise<WebhookEndpoint | null> {
    return guarded(() =>
      this.context.em().transactional(async (em) => {
        const pending = queryBuilder(em, RosterWebhookOutboxSchema, 'o').select('o.endpointId').where({ status: 'pending' });
        const locking: { lockMode?: LockMode.PESSIMISTIC_PARTIAL_WRITE } =
          sqlDialectOf(em) === 'sqlite' ? {} : { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE };
        const [row] = await em.find(
          RosterWebhookEndpointSchema,
          {
            enabled: true,
            id: { $in: subQuery(pending) },
            $or: [{ leaseUntil: null }, { leaseUntil: { $lte: new Date(now.getTime()) } }],
          } as never,
          { orderBy: { id: 'asc' }, limit: 1, ...locking },
        );
        if (row === undefined) return null;
        await em.nativeUpdate(
          RosterWebhookEndpointSchema,
          { id: row.id },
          { leaseOwner: owner, leaseUntil: new Date(leaseUntil.getTime()) },
        );
        return toWebhookEndpoint(row);
      }),
    );
  }

  releaseEndpoint(endpointId: string, owner: string, notBefore: Date | null): Promise<void> {
    return guarded(async () => {
      await this.context
        .em()
        .nativeUpdate(
          RosterWebhookEndpointSchema,
          { id: endpointId, leaseOwner: owner },
          { leaseOwner: null, leaseUntil: notBefore === null ? null : new Date(notBefore.getTime()) },
        );
    });
  }

  pendingEntries(endpointId: string, limit: number): Promise<readonly WebhookOutboxEntry[]> {
    return guarded(async () => {
      const rows = await this.context
        .em()
        .find(RosterWebhookOutboxSchema, { endpointId, status: 'pending' }, { orderBy: { eventId: 'asc', id: 'asc' }, limit });
      return rows.map(toWebhookOutboxEntry);
    });
  }

  updateEntry(entryId: string, patch: WebhookOutboxEntryPatch): Promise<void> {
    return guarded(async () => {
      await this.context
        .em()
        .nativeUpdate(RosterWebhookOutboxSchema, { id: entryId }, { status: patch.status, attemptCount: patch.attemptCount });
    });
  }

  redeliver(endpointId: string, eventId: string): Promise<boolean> {
    return guarded(
      async () =>
        (await this.context.em().nativeUpdate(RosterWebhookOutboxSchema, { endpointId, eventId }, { status: 'pending', attemptCount: 0 })) >
        0,
    );
  }

  appendDelivery(attempt: WebhookDeliveryAttempt): Promise<void> {
    return guarded(async () => {
      await this.context.em().insert(RosterWebhookDeliverySchema, toWebhookDeliveryRow(attempt));
    });
  }

  getDelivery(endpointId: string, id: string): Promise<WebhookDeliveryAttempt | null> {
    return guarded(async () => {
      const row = await this.context.em().findOne(RosterWebhookDeliverySchema, { id, endpointId });
      return row === null ? null : toWebhookDeliveryAttempt(row);
    });
  }

  listDeliveries(query: WebhookDeliveryQuery): Promise<readonly WebhookDeliveryAttempt[]> {
    return guarded(async () => {
      const where = { endpointId: query.endpointId, ...(query.beforeId === undefined ? {} : { id: { $lt: query.beforeId } }) };
      const rows = await this.context.em().find(RosterWebhookDeliverySchema, where, { orderBy: { id: 'desc' }, limit: query.limit });
      return rows.map(toWebhookDeliveryAttempt);
    });
  }

  /**
   * Short statements, outside any transaction: the endpoints' ids (a tenant registers a handful), the
   * batch's ids (delivered, or of an endpoint since deleted), then their delete, under the same
   * condition again (a redeliver meanwhile keeps a delivered entry).
   */
  purgeDeliveredEntries(before: Date, limit: number): Promise<number> {
    return guarded(async () => {
      const em = this.context.em();
      const cutoff = new Date(before.getTime());
      const live = (await em.find(RosterWebhookEndpointSchema, {}, { fields: ['id'] })).map((row) => row.id);
      // No endpoint left: every old entry is an orphan.
      const settled =
        live.length === 0
          ? { createdAt: { $lt: cutoff } }
          : { createdAt: { $lt: cutoff }, $or: [{ status: 'delivered' }, { endpointId: { $nin: live } }] };
      const due = await em.find(RosterWebhookOutboxSchema, settled, { fields: ['id'], orderBy: { createdAt: 'asc', id: 'asc' }, limit });
      if (due.length === 0) return 0;
      return em.nativeDelete(RosterWebhookOutboxSchema, { id: { $in: due.map((row) => row.id) }, ...settled });
    });
  }

  /** Like `purgeDeliveredEntries`, by the purge index on the attempt time. */
  purgeDeliveries(before: Date, limit: number): Promise<number> {
    return guarded(async () => {
      const cutoff = new Date(before.getTime());
      const due = await this.context
        .em()
        .find(
          RosterWebhookDeliverySchema,
          { attemptedAt: { $lt: cutoff } },
          { fields: ['id'], orderBy: { attemptedAt: 'asc', id: 'asc' }, limit },
        );
      if (due.length === 0) return 0;
      return this.context.em().nativeDelete(RosterWebhookDeliverySchema, { id: { $in: due.map((row) => row.id) } });
    });
  }
}

/** `WebhookOutboxStore` on MikroORM, in the unit of work's transaction. */
export class MikroOrmWebhookOutboxStore implements WebhookOutboxStore {
  constructor(private readonly context: StoreContext) {}

  subscribers(tenantId: string): Promise<readonly WebhookSubscriber[]> {
    return guarded(async () => {
      const rows = await this.context.em().find(RosterWebhookEndpointSchema, { tenantId, enabled: true }, { orderBy: { id: 'asc' } });
      return rows.map((row) => {
        const endpoint = toWebhookEndpoint(row);
        return { id: endpoint.id, eventTypes: endpoint.eventTypes };
      });
    });
  }

  enqueue(entries: readonly WebhookOutboxEntry[]): Promise<void> {
    return guarded(async () => {
      if (entries.length > 0) await this.context.em().insertMany(RosterWebhookOutboxSchema, entries.map(toWebhookOutboxRow));
    });
  }
}
