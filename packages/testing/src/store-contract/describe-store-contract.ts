import { RosterError } from '@roster/core';
import { describeAdminRemoval } from './admin-removal.contract';
import { describeApiKeyStore } from './api-key-store.contract';
import { describeAuditEventStore } from './audit-event-store.contract';
import { describeBatchWrites } from './batch-writes.contract';
import { describeConcurrency } from './concurrency.contract';
import { describeDeletedUserStore } from './deleted-user-store.contract';
import type { ContractRunner } from './contract-runner';
import { describeGroupWrites } from './group-writes.contract';
import { describeStorePing } from './ping.contract';
import { describeIdempotencyStore } from './idempotency.contract';
import { describeImportJobStore } from './import-job-store.contract';
import { describeProfileStore } from './profile.contract';
import type { StoreContractFixture, StoreContractSetup } from './store-contract.types';
import { describeTenantStore } from './tenant-store.contract';
import { describeTenantHosts } from './tenant-hosts.contract';
import { describeUnitOfWork } from './unit-of-work.contract';
import { describeUserFilter } from './user-filter.contract';
import { describeUserKeyset } from './user-keyset.contract';
import { describeUserList } from './user-list.contract';
import { describeUserStore } from './user-store.contract';
import { describeUserTotals } from './user-totals.contract';
import { describeWebhookStore } from './webhook-endpoint-store.contract';

/**
 * Registers the store contract suite for one store implementation. `setup` runs before every
 * test and must give empty stores; the fixture's `teardown` runs after it. `runner` is the test
 * runner's own functions (Jest's or Vitest's), which every contract file receives. See the README.
 */
export function describeStoreContract(name: string, setup: StoreContractSetup, runner: ContractRunner): void {
  const { afterEach, beforeEach, describe } = runner;
  describe(`store contract: ${name}`, () => {
    let current: StoreContractFixture | null = null;

    beforeEach(async () => {
      current = await setup();
    });

    afterEach(async () => {
      const fixture = current;
      current = null;
      await fixture?.teardown();
    });

    const fixture = (): StoreContractFixture => {
      if (!current) throw new RosterError('INTERNAL', 'the store contract fixture is used outside a test');
      return current;
    };

    describeUserStore(fixture, runner);
    describeUserList(fixture, runner);
    describeUserFilter(fixture, runner);
    describeUserKeyset(fixture, runner);
    describeUserTotals(fixture, runner);
    describeTenantStore(fixture, runner);
    describeTenantHosts(fixture, runner);
    describeGroupWrites(fixture, runner);
    describeApiKeyStore(fixture, runner);
    describeUnitOfWork(fixture, runner);
    describeConcurrency(fixture, runner);
    describeProfileStore(fixture, runner);
    describeAdminRemoval(fixture, runner);
    describeStorePing(fixture, runner);
    describeIdempotencyStore(fixture, runner);
    describeAuditEventStore(fixture, runner);
    describeImportJobStore(fixture, runner);
    describeBatchWrites(fixture, runner);
    describeDeletedUserStore(fixture, runner);
    describeWebhookStore(fixture, runner);
  });
}
