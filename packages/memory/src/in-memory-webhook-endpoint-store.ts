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
import { copy } from './copy';
import type { MemoryState } from './memory-state';
import type { Transaction } from './transaction';
import type { TransactionRunner } from './transaction-runner';

const byId = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byEvent = (a: WebhookOutboxEntry, b: WebhookOutboxEntry): number =>
  a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : byId(a, b);

/**
 * `WebhookEndpointStore` over the memory state. Every call runs under the state's lock (one at a
 * time), so a claim is atomic: the memory store lives in one process, like SQLite.
 */
export class InMemoryWebhookEndpointStore implements WebhookEndpointStore {
  constructor(
    private readonly state: MemoryState,
    private readonly runner: TransactionRunner,
  ) {}

  create(endpoint: WebhookEndpoint): Promise<void> {
    return this.runner.apply((tx) => {
      if (this.state.webhookEndpoints.has(endpoint.id)) throw new Error(`webhook endpoint ${endpoint.id} exists`);
      tx.set(this.state.webhookEndpoints, endpoint.id, copy(endpoint));
    });
  }

  get(tenantId: string, id: string): Promise<WebhookEndpoint | null> {
    return this.runner.apply(() => {
      const found = this.state.webhookEndpoints.get(id);
      return found?.tenantId === tenantId ? copy(found) : null;
    });
  }

  list(tenantId: string): Promise<readonly WebhookEndpoint[]> {
    return this.runner.apply(() =>
      [...this.state.webhookEndpoints.values()]
        .filter((endpoint) => endpoint.tenantId === tenantId)
        .sort(byId)
        .map(copy),
    );
  }

  update(tenantId: string, id: string, patch: WebhookEndpointPatch): Promise<WebhookEndpoint | null> {
    return this.runner.apply((tx) => {
      const found = this.state.webhookEndpoints.get(id);
      if (found?.tenantId !== tenantId) return null;
      const updated: WebhookEndpoint = { ...found, ...copy(patch) };
      tx.set(this.state.webhookEndpoints, id, updated);
      return copy(updated);
    });
  }

  delete(tenantId: string, id: string): Promise<boolean> {
    return this.runner.apply((tx) => {
      if (this.state.webhookEndpoints.get(id)?.tenantId !== tenantId) return false;
      tx.delete(this.state.webhookEndpoints, id);
      tx.delete(this.state.webhookLeases, id);
      for (const entry of [...this.state.webhookEntries.values()]) {
        if (entry.endpointId === id) tx.delete(this.state.webhookEntries, entry.id);
      }
      for (const attempt of [...this.state.webhookDeliveries.values()]) {
        if (attempt.endpointId === id) tx.delete(this.state.webhookDeliveries, attempt.id);
      }
      return true;
    });
  }

  claimEndpoint(owner: string, now: Date, leaseUntil: Date): Promise<WebhookEndpoint | null> {
    return this.runner.apply((tx) => {
      const pending = new Set(
        [...this.state.webhookEntries.values()].filter((entry) => entry.status === 'pending').map((entry) => entry.endpointId),
      );
      const free = [...this.state.webhookEndpoints.values()]
        .filter((endpoint) => endpoint.enabled && pending.has(endpoint.id))
        .filter((endpoint) => (this.state.webhookLeases.get(endpoint.id)?.until ?? 0) <= now.getTime())
        .sort(byId)[0];
      if (free === undefined) return null;
      tx.set(this.state.webhookLeases, free.id, { owner, until: leaseUntil.getTime() });
      return copy(free);
    });
  }

  releaseEndpoint(endpointId: string, owner: string, notBefore: Date | null): Promise<void> {
    return this.runner.apply((tx) => {
      if (this.state.webhookLeases.get(endpointId)?.owner !== owner) return;
      tx.set(this.state.webhookLeases, endpointId, { owner: null, until: notBefore?.getTime() ?? 0 });
    });
  }

  pendingEntries(endpointId: string, limit: number): Promise<readonly WebhookOutboxEntry[]> {
    return this.runner.apply(() =>
      [...this.state.webhookEntries.values()]
        .filter((entry) => entry.endpointId === endpointId && entry.status === 'pending')
        .sort(byEvent)
        .slice(0, limit)
        .map(copy),
    );
  }

  updateEntry(entryId: string, patch: WebhookOutboxEntryPatch): Promise<void> {
    return this.runner.apply((tx) => {
      const found = this.state.webhookEntries.get(entryId);
      if (found !== undefined) tx.set(this.state.webhookEntries, entryId, { ...found, ...patch });
    });
  }

  redeliver(endpointId: string, eventId: string): Promise<boolean> {
    return this.runner.apply((tx) => {
      const found = [...this.state.webhookEntries.values()].find((entry) => entry.endpointId === endpointId && entry.eventId === eventId);
      if (found === undefined) return false;
      tx.set(this.state.webhookEntries, found.id, { ...found, status: 'pending', attemptCount: 0 });
      return true;
    });
  }

  appendDelivery(attempt: WebhookDeliveryAttempt): Promise<void> {
    return this.runner.apply((tx) => {
      if (this.state.webhookEndpoints.has(attempt.endpointId)) tx.set(this.state.webhookDeliveries, attempt.id, copy(attempt));
    });
  }

  getDelivery(endpointId: string, id: string): Promise<WebhookDeliveryAttempt | null> {
    return this.runner.apply(() => {
      const found = this.state.webhookDeliveries.get(id);
      return found?.endpointId === endpointId ? copy(found) : null;
    });
  }

  listDeliveries(query: WebhookDeliveryQuery): Promise<readonly WebhookDeliveryAttempt[]> {
    return this.runner.apply(() =>
      [...this.state.webhookDeliveries.values()]
        .filter((attempt) => attempt.endpointId === query.endpointId)
        .filter((attempt) => query.beforeId === undefined || attempt.id < query.beforeId)
        .sort((a, b) => byId(b, a))
        .slice(0, query.limit)
        .map(copy),
    );
  }

  purgeDeliveredEntries(before: Date, limit: number): Promise<number> {
    return this.runner.apply((tx) => {
      const due = [...this.state.webhookEntries.values()]
        .filter(
          (entry) =>
            (entry.status === 'delivered' || !this.state.webhookEndpoints.has(entry.endpointId)) &&
            entry.createdAt.getTime() < before.getTime(),
        )
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || byId(a, b))
        .slice(0, limit);
      for (const entry of due) tx.delete(this.state.webhookEntries, entry.id);
      return due.length;
    });
  }

  purgeDeliveries(before: Date, limit: number): Promise<number> {
    return this.runner.apply((tx) => {
      const due = [...this.state.webhookDeliveries.values()]
        .filter((attempt) => attempt.attemptedAt.getTime() < before.getTime())
        .sort((a, b) => a.attemptedAt.getTime() - b.attemptedAt.getTime() || byId(a, b))
        .slice(0, limit);
      for (const attempt of due) tx.delete(this.state.webhookDeliveries, attempt.id);
      return due.length;
    });
  }
}

/** `WebhookOutboxStore` over the memory state, bound to one unit of work's transaction (its entries are undone with it). */
export class InMemoryWebhookOutboxStore implements WebhookOutboxStore {
  constructor(
    private readonly state: MemoryState,
    private readonly runner: TransactionRunner,
    private readonly bound: Transaction,
  ) {}

  subscribers(tenantId: string): Promise<readonly WebhookSubscriber[]> {
    return this.runner.apply(
      () =>
        [...this.state.webhookEndpoints.values()]
          .filter((endpoint) => endpoint.tenantId === tenantId && endpoint.enabled)
          .sort(byId)
          .map((endpoint) => ({ id: endpoint.id, eventTypes: [...endpoint.eventTypes] })),
      this.bound,
    );
  }

  enqueue(entries: readonly WebhookOutboxEntry[]): Promise<void> {
    return this.runner.apply((tx) => {
      for (const entry of entries) tx.set(this.state.webhookEntries, entry.id, copy(entry));
    }, this.bound);
  }
}
