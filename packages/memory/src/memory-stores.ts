import { MemoryIdempotencyStore, type RosterStores } from '@roster/core';
import { InMemoryApiKeyStore } from './in-memory-api-key-store';
import { InMemoryAuditEventStore } from './in-memory-audit-event-store';
import { InMemoryImportJobStore } from './in-memory-import-job-store';
import { InMemoryTenantStore } from './in-memory-tenant-store';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work';
import { InMemoryUserStore } from './in-memory-user-store';
import { InMemoryWebhookEndpointStore } from './in-memory-webhook-endpoint-store';
import { MemoryState } from './memory-state';
import { TransactionRunner } from './transaction-runner';

/**
 * In-memory stores with real transactions, for tests and quick starts. Each call makes an
 * independent, empty store; nothing survives the process.
 */
export function createMemoryStores(): RosterStores {
  return buildMemoryStores(new MemoryState());
}

/** Builds the stores over a given state (package-internal: the spec reads the state back raw). */
export function buildMemoryStores(state: MemoryState): RosterStores {
  const runner = new TransactionRunner();
  return {
    users: new InMemoryUserStore(state, runner),
    tenants: new InMemoryTenantStore(state, runner),
    apiKeys: new InMemoryApiKeyStore(state, runner),
    auditEvents: new InMemoryAuditEventStore(state, runner),
    importJobs: new InMemoryImportJobStore(state, runner),
    webhooks: new InMemoryWebhookEndpointStore(state, runner),
    unitOfWork: new InMemoryUnitOfWork(state, runner),
    idempotency: new MemoryIdempotencyStore(),
    close: () => Promise.resolve(),
    // Nothing to reach: the data is in this process.
    ping: () => Promise.resolve(),
  };
}
