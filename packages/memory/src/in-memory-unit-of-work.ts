import type { TransactionalStores, UnitOfWork } from '@roster/core';
import { InMemoryApiKeyStore } from './in-memory-api-key-store';
import { InMemoryAuditEventStore } from './in-memory-audit-event-store';
import { InMemoryImportJobStore } from './in-memory-import-job-store';
import { InMemoryDeletedUserStore } from './in-memory-deleted-user-store';
import { InMemoryTenantStore } from './in-memory-tenant-store';
import { InMemoryUserStore } from './in-memory-user-store';
import { InMemoryWebhookOutboxStore } from './in-memory-webhook-endpoint-store';
import type { MemoryState } from './memory-state';
import type { Transaction } from './transaction';
import type { TransactionRunner } from './transaction-runner';

/**
 * `UnitOfWork` over the memory state: the work gets stores bound to one transaction, whose
 * writes are undone if the work throws (see `TransactionRunner` for how and why).
 */
export class InMemoryUnitOfWork implements UnitOfWork {
  constructor(
    private readonly state: MemoryState,
    private readonly runner: TransactionRunner,
  ) {}

  run<T>(work: (stores: TransactionalStores) => Promise<T>): Promise<T> {
    return this.runner.run((tx) => work(this.storesIn(tx)));
  }

  private storesIn(tx: Transaction): TransactionalStores {
    return {
      users: new InMemoryUserStore(this.state, this.runner, tx),
      tenants: new InMemoryTenantStore(this.state, this.runner, tx),
      apiKeys: new InMemoryApiKeyStore(this.state, this.runner, tx),
      auditEvents: new InMemoryAuditEventStore(this.state, this.runner, tx),
      importJobs: new InMemoryImportJobStore(this.state, this.runner, tx),
      deletedUsers: new InMemoryDeletedUserStore(this.state, this.runner, tx),
      webhookOutbox: new InMemoryWebhookOutboxStore(this.state, this.runner, tx),
    };
  }
}
