import type { ApiKeyStore } from './api-key-store.port';
import type { AuditEventStore } from './audit-event-store.port';
import type { ImportJobStore } from './import-job-store.port';
import type { DeletedUserStore } from './deleted-user-store.port';
import type { TenantStore } from './tenant-store.port';
import type { UserStore } from './user-store.port';
import type { WebhookOutboxStore } from './webhook-endpoint-store.port';

/** The stores, as seen inside one transaction. */
export interface TransactionalStores {
  readonly users: UserStore;
  readonly tenants: TenantStore;
  readonly apiKeys: ApiKeyStore;
  /** Events appended here are kept exactly when the rest of the work is. */
  readonly auditEvents: AuditEventStore;
  /** Bulk import jobs: a batch's mark moves exactly when its users are kept. */
  readonly importJobs: ImportJobStore;
  /** Soft-deleted users (the admin API's DELETE), until restored or purged. */
  readonly deletedUsers: DeletedUserStore;
  /** The webhook outbox: one entry per event and endpoint that takes it, kept exactly when the event is. */
  readonly webhookOutbox: WebhookOutboxStore;
}

/**
 * Runs work in one transaction: everything it wrote through the stores it was given is kept
 * when it resolves, and nothing is when it throws (the error is rethrown as it was).
 */
export interface UnitOfWork {
  run<T>(work: (stores: TransactionalStores) => Promise<T>): Promise<T>;
}
