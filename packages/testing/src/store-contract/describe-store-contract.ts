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
import type { FixtureAccess, StoreContractFixture, StoreContractSetup } from './store-contract.types';
import { describeTenantStore } from './tenant-store.contract';
import { describeTenantHosts } from './tenant-hosts.contract';
import { describeUnitOfWork } from './unit-of-work.contract';
import { describeUserFilter } from './user-filter.contract';
import { describeUserKeyset } from './user-keyset.contract';
import { describeUserList } from './user-list.contract';
import { describeUserSortedWalk } from './user-sorted-walk.contract';
import { describeUserStore } from './user-store.contract';
import { describeUserTotals } from './user-totals.contract';
import { describeWebhookStore } from './webhook-endpoint-store.contract';

/** The parts of the store contract suite, by name, in the order they run. */
const STORE_CONTRACT_PARTS = {
  users: describeUserStore,
  userList: describeUserList,
  userFilter: describeUserFilter,
  userKeyset: describeUserKeyset,
  userSortedWalk: describeUserSortedWalk,
  userTotals: describeUserTotals,
  tenants: describeTenantStore,
  tenantHosts: describeTenantHosts,
  groupWrites: describeGroupWrites,
  apiKeys: describeApiKeyStore,
  unitOfWork: describeUnitOfWork,
  concurrency: describeConcurrency,
  profile: describeProfileStore,
  adminRemoval: describeAdminRemoval,
  ping: describeStorePing,
  idempotency: describeIdempotencyStore,
  auditEvents: describeAuditEventStore,
  importJobs: describeImportJobStore,
  batchWrites: describeBatchWrites,
  deletedUsers: describeDeletedUserStore,
  webhooks: describeWebhookStore,
} as const satisfies Record<string, (fixture: FixtureAccess, runner: ContractRunner) => void>;

/** A part of the store contract suite (see `describeStoreContract`'s `options.parts`). */
export type StoreContractPart = keyof typeof STORE_CONTRACT_PARTS;

/** Options of `describeStoreContract`. */
export interface StoreContractOptions {
  /**
   * Only these parts. Absent: the whole suite, which every store must pass. A subset is for a second
   * configuration of a store that already runs the whole suite (the same driver over another
   * connection mode, say), to run again only the parts that configuration can change.
   */
  readonly parts?: readonly StoreContractPart[];
}

/**
 * Registers the store contract suite for one store implementation. `setup` runs before every
 * test and must give empty stores; the fixture's `teardown` runs after it. `runner` is the test
 * runner's own functions (Jest's or Vitest's), which every contract file receives. See the README.
 */
export function describeStoreContract(
  name: string,
  setup: StoreContractSetup,
  runner: ContractRunner,
  options: StoreContractOptions = {},
): void {
  const { afterEach, beforeEach, describe } = runner;
  const parts = options.parts ?? (Object.keys(STORE_CONTRACT_PARTS) as StoreContractPart[]);
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

    for (const part of parts) STORE_CONTRACT_PARTS[part](fixture, runner);
  });
}
