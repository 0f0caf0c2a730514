import type {
  WebhookDeliveryAttempt,
  WebhookDeliveryQuery,
  WebhookDeliveryState,
  WebhookEndpoint,
  WebhookEndpointPatch,
  WebhookEndpointStore,
} from '@roster/core';
import { copy } from './copy';

const byId = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `WebhookEndpointStore` in maps: endpoints by id, a delivery state and an attempt log per endpoint. */
class InMemoryWebhookEndpointStore implements WebhookEndpointStore {
  private readonly endpoints = new Map<string, WebhookEndpoint>();
  private readonly states = new Map<string, WebhookDeliveryState>();
  private readonly deliveries = new Map<string, WebhookDeliveryAttempt[]>();

  create(endpoint: WebhookEndpoint): Promise<void> {
    if (this.endpoints.has(endpoint.id)) return Promise.reject(new Error(`webhook endpoint ${endpoint.id} exists`));
    this.endpoints.set(endpoint.id, copy(endpoint));
    return Promise.resolve();
  }

  get(tenantId: string, id: string): Promise<WebhookEndpoint | null> {
    const found = this.endpoints.get(id);
    return Promise.resolve(found?.tenantId === tenantId ? copy(found) : null);
  }

  list(tenantId: string): Promise<readonly WebhookEndpoint[]> {
    return Promise.resolve(
      [...this.endpoints.values()]
        .filter((endpoint) => endpoint.tenantId === tenantId)
        .sort(byId)
        .map(copy),
    );
  }

  listEnabled(): Promise<readonly WebhookEndpoint[]> {
    return Promise.resolve(
      [...this.endpoints.values()]
        .filter((endpoint) => endpoint.enabled)
        .sort(byId)
        .map(copy),
    );
  }

  update(tenantId: string, id: string, patch: WebhookEndpointPatch): Promise<WebhookEndpoint | null> {
    const found = this.endpoints.get(id);
    if (found?.tenantId !== tenantId) return Promise.resolve(null);
    const updated: WebhookEndpoint = { ...found, ...copy(patch) };
    this.endpoints.set(id, updated);
    return Promise.resolve(copy(updated));
  }

  delete(tenantId: string, id: string): Promise<boolean> {
    if (this.endpoints.get(id)?.tenantId !== tenantId) return Promise.resolve(false);
    this.endpoints.delete(id);
    this.states.delete(id);
    this.deliveries.delete(id);
    return Promise.resolve(true);
  }

  deliveryState(endpointId: string): Promise<WebhookDeliveryState> {
    const found = this.states.get(endpointId);
    return Promise.resolve(found === undefined ? { endpointId, cursor: null, attemptCount: 0, nextAttemptAt: null } : copy(found));
  }

  saveDeliveryState(state: WebhookDeliveryState): Promise<void> {
    if (this.endpoints.has(state.endpointId)) this.states.set(state.endpointId, copy(state));
    return Promise.resolve();
  }

  appendDelivery(attempt: WebhookDeliveryAttempt): Promise<void> {
    if (!this.endpoints.has(attempt.endpointId)) return Promise.resolve();
    const log = this.deliveries.get(attempt.endpointId) ?? [];
    log.push(copy(attempt));
    this.deliveries.set(attempt.endpointId, log);
    return Promise.resolve();
  }

  listDeliveries(query: WebhookDeliveryQuery): Promise<readonly WebhookDeliveryAttempt[]> {
    return Promise.resolve(
      [...(this.deliveries.get(query.endpointId) ?? [])]
        .filter((attempt) => query.beforeId === undefined || attempt.id < query.beforeId)
        .sort((a, b) => byId(b, a))
        .slice(0, query.limit)
        .map(copy),
    );
  }
}

/** An empty in-memory webhook endpoint registry, for tests and quick starts; nothing survives the process. */
export function createMemoryWebhookEndpointStore(): WebhookEndpointStore {
  return new InMemoryWebhookEndpointStore();
}
