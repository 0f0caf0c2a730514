import type {
  Clock,
  TransactionalStores,
  UnitOfWork,
  WebhookEndpoint,
  WebhookEndpointPatch,
  WebhookEndpointStore,
  WebhookOutboxStore,
  WebhookSubscriber,
} from '../ports';
import type { RosterStores } from '../roster.types';
import { ExpiringMap } from './expiring-map';

/**
 * How long a tenant's webhook subscribers (its enabled endpoints' ids and event types) are kept by
 * default: an endpoint created, changed or removed by another process is seen within it.
 */
export const DEFAULT_WEBHOOK_SUBSCRIBER_CACHE_SECONDS = 5;

/** At most this many tenants' subscriber lists are kept (the oldest is dropped first). */
const MAX_TENANTS = 1000;

/**
 * The tenants' webhook subscribers, kept `ttlMs` by the clock. `forget` bumps an epoch: a list is kept
 * only when no endpoint write began since `since` — the start of the unit of work that read it, whose
 * snapshot (REPEATABLE READ on MariaDB/MySQL) may be as old as that — so a stale list cannot outlive a write.
 */
export class WebhookSubscriberCache {
  private readonly byTenant: ExpiringMap<string, readonly WebhookSubscriber[]>;
  private epoch = 0;

  constructor(clock: Clock, ttlMs: number) {
    this.byTenant = new ExpiringMap(clock, ttlMs, MAX_TENANTS);
  }

  /** The epoch now: what a unit of work notes when it starts, to hand to `subscribers`. */
  now(): number {
    return this.epoch;
  }

  async subscribers(
    tenantId: string,
    load: () => Promise<readonly WebhookSubscriber[]>,
    since: number = this.epoch,
  ): Promise<readonly WebhookSubscriber[]> {
    const cached = this.byTenant.get(tenantId);
    if (cached !== undefined) return cached;
    const loaded = await load();
    const kept = Object.freeze(
      loaded.map((subscriber) => Object.freeze({ id: subscriber.id, eventTypes: Object.freeze([...subscriber.eventTypes]) })),
    );
    if (since === this.epoch) this.byTenant.set(tenantId, kept);
    return kept;
  }

  /** Drops the tenant's list, and keeps no list that a read in flight brings back. */
  forget(tenantId: string): void {
    this.epoch += 1;
    this.byTenant.delete(tenantId);
  }
}

/**
 * A WebhookEndpointStore whose endpoint writes (create, update — which includes disable, enable,
 * rotation and the worker's 410 disable — and delete) forget the tenant's cached subscribers, before
 * and after the write.
 */
export class CachedWebhookEndpointStore implements WebhookEndpointStore {
  constructor(
    private readonly inner: WebhookEndpointStore,
    private readonly cache: WebhookSubscriberCache,
  ) {}

  create(endpoint: WebhookEndpoint): Promise<void> {
    return this.forgetting(endpoint.tenantId, () => this.inner.create(endpoint));
  }

  get: WebhookEndpointStore['get'] = (tenantId, id) => this.inner.get(tenantId, id);
  list: WebhookEndpointStore['list'] = (tenantId) => this.inner.list(tenantId);

  update(tenantId: string, id: string, patch: WebhookEndpointPatch): Promise<WebhookEndpoint | null> {
    return this.forgetting(tenantId, () => this.inner.update(tenantId, id, patch));
  }

  delete(tenantId: string, id: string): Promise<boolean> {
    return this.forgetting(tenantId, () => this.inner.delete(tenantId, id));
  }

  claimEndpoint: WebhookEndpointStore['claimEndpoint'] = (owner, now, leaseUntil) => this.inner.claimEndpoint(owner, now, leaseUntil);
  releaseEndpoint: WebhookEndpointStore['releaseEndpoint'] = (endpointId, owner, notBefore) =>
    this.inner.releaseEndpoint(endpointId, owner, notBefore);
  pendingEntries: WebhookEndpointStore['pendingEntries'] = (endpointId, limit) => this.inner.pendingEntries(endpointId, limit);
  updateEntry: WebhookEndpointStore['updateEntry'] = (entryId, patch) => this.inner.updateEntry(entryId, patch);
  redeliver: WebhookEndpointStore['redeliver'] = (endpointId, eventId) => this.inner.redeliver(endpointId, eventId);
  appendDelivery: WebhookEndpointStore['appendDelivery'] = (attempt) => this.inner.appendDelivery(attempt);
  getDelivery: WebhookEndpointStore['getDelivery'] = (endpointId, id) => this.inner.getDelivery(endpointId, id);
  listDeliveries: WebhookEndpointStore['listDeliveries'] = (query) => this.inner.listDeliveries(query);
  purgeDeliveredEntries: WebhookEndpointStore['purgeDeliveredEntries'] = (before, limit) => this.inner.purgeDeliveredEntries(before, limit);
  purgeDeliveries: WebhookEndpointStore['purgeDeliveries'] = (before, limit) => this.inner.purgeDeliveries(before, limit);

  private async forgetting<T>(tenantId: string, write: () => Promise<T>): Promise<T> {
    this.cache.forget(tenantId);
    try {
      return await write();
    } finally {
      this.cache.forget(tenantId);
    }
  }
}

/**
 * The stores with each tenant's webhook subscribers cached for `ttlSeconds` (0: not cached): writing
 * an audit event reads the tenant's enabled endpoints once per bound instead of once per event.
 * Endpoint writes through the returned `webhooks` forget the tenant at once; an endpoint written by
 * anything else (another process) is seen at the latest `ttlSeconds` later.
 */
export function cachedWebhookSubscribers(stores: RosterStores, clock: Clock, ttlSeconds: number): RosterStores {
  if (ttlSeconds <= 0) return stores;
  const cache = new WebhookSubscriberCache(clock, ttlSeconds * 1000);
  const unitOfWork: UnitOfWork = {
    run: (work) => {
      const since = cache.now();
      return stores.unitOfWork.run((tx) => work(withCachedSubscribers(tx, cache, since)));
    },
  };
  return { ...stores, webhooks: new CachedWebhookEndpointStore(stores.webhooks, cache), unitOfWork };
}

function withCachedSubscribers(tx: TransactionalStores, cache: WebhookSubscriberCache, since: number): TransactionalStores {
  const outbox = tx.webhookOutbox;
  const webhookOutbox: WebhookOutboxStore = {
    subscribers: (tenantId) => cache.subscribers(tenantId, () => outbox.subscribers(tenantId), since),
    enqueue: (entries) => outbox.enqueue(entries),
  };
  return { ...tx, webhookOutbox };
}
