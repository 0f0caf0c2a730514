import type {
  ApiKey,
  AuditEvent,
  DeletedUser,
  Group,
  ImportJob,
  Organization,
  Tenant,
  WebhookDeliveryAttempt,
  WebhookEndpoint,
  WebhookOutboxEntry,
} from '@roster/core';
import { UserTable } from './user-table';

/** A tenant's counter: seats taken, the next user id and the next group id (neither ever decreases). */
export interface UserCounter {
  readonly seats: number;
  readonly nextId: number;
  readonly nextGroupId: number;
}

/**
 * Everything the memory stores hold. Records are private copies, replaced (never mutated)
 * on every write, so the undo log can restore them by reference.
 */
export class MemoryState {
  /** Users, per tenant. */
  readonly users = new Map<string, UserTable>();
  readonly tenants = new Map<string, Tenant>();
  readonly tenantIdsByName = new Map<string, string>();
  /** Normalised host name → tenant id (a host belongs to one tenant). */
  readonly tenantIdsByHost = new Map<string, string>();
  readonly counters = new Map<string, UserCounter>();
  /** Organizations and groups, per tenant, by id. */
  readonly organizations = new Map<string, Map<number, Organization>>();
  readonly groups = new Map<string, Map<number, Group>>();
  readonly apiKeys = new Map<string, ApiKey>();
  readonly apiKeyIdsBySecretHash = new Map<string, string>();
  /** The audit trail, by event id. */
  readonly auditEvents = new Map<string, AuditEvent>();
  /** Import jobs and the files they read, by job id. */
  readonly importJobs = new Map<string, ImportJob>();
  readonly importBodies = new Map<string, string>();
  /** Soft-deleted users, by `deletedUserKey(tenantId, id)`. */
  readonly deletedUsers = new Map<string, DeletedUser>();
  /** Webhook endpoints by id, their delivery leases (`owner` null: released, not claimable before `until`), outbox entries and attempts by id. */
  readonly webhookEndpoints = new Map<string, WebhookEndpoint>();
  readonly webhookLeases = new Map<string, { readonly owner: string | null; readonly until: number }>();
  readonly webhookEntries = new Map<string, WebhookOutboxEntry>();
  readonly webhookDeliveries = new Map<string, WebhookDeliveryAttempt>();

  /** A tenant's user table, created empty on first use (an empty table holds no data). */
  userTable(tenantId: string): UserTable {
    return getOrCreate(this.users, tenantId, () => new UserTable());
  }

  organizationsOf(tenantId: string): Map<number, Organization> {
    return getOrCreate(this.organizations, tenantId, () => new Map<number, Organization>());
  }

  groupsOf(tenantId: string): Map<number, Group> {
    return getOrCreate(this.groups, tenantId, () => new Map<number, Group>());
  }
}

/** The key of a soft-deleted user in `MemoryState.deletedUsers`. */
export function deletedUserKey(tenantId: string, id: number): string {
  return `${tenantId}\u0000${id}`;
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
