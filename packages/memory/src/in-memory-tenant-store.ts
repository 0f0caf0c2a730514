import {
  groupNamedLike,
  nextGroupId,
  RosterError,
  type Group,
  type GroupChanges,
  type NewGroup,
  type Organization,
  type Tenant,
  type TenantStore,
} from '@roster/core';
import { copy } from './copy';
import type { MemoryState } from './memory-state';
import type { Transaction } from './transaction';
import type { TransactionRunner } from './transaction-runner';

/**
 * `TenantStore` over the memory state. Each tenant gets its user counter (no seat taken, next
 * id 1) when it is first saved; `allocateUser` for a tenant never saved throws TENANT_NOT_FOUND.
 */
export class InMemoryTenantStore implements TenantStore {
  constructor(
    private readonly state: MemoryState,
    private readonly runner: TransactionRunner,
    private readonly bound?: Transaction,
  ) {}

  saveTenant(tenant: Tenant): Promise<void> {
    return this.apply((tx) => {
      const { tenants, tenantIdsByName, tenantIdsByHost, counters } = this.state;
      const holder = tenantIdsByName.get(tenant.name);
      if (holder !== undefined && holder !== tenant.id) {
        throw new RosterError('STORE_INTEGRITY', 'the name is already used by another tenant');
      }
      if (tenant.hosts.some((host) => ![undefined, tenant.id].includes(tenantIdsByHost.get(host)))) {
        throw new RosterError('STORE_INTEGRITY', 'a host name is already used by another tenant');
      }
      const previous = tenants.get(tenant.id);
      if (previous && previous.name !== tenant.name) tx.delete(tenantIdsByName, previous.name);
      for (const host of previous?.hosts ?? []) tx.delete(tenantIdsByHost, host);
      for (const host of tenant.hosts) tx.set(tenantIdsByHost, host, tenant.id);
      tx.set(tenants, tenant.id, copy({ ...tenant, hosts: [...tenant.hosts].sort() }));
      tx.set(tenantIdsByName, tenant.name, tenant.id);
      if (!counters.has(tenant.id)) tx.set(counters, tenant.id, { seats: 0, nextId: 1, nextGroupId: 1 });
    });
  }

  /** Removes the tenant and everything kept for it: host names, organizations, groups, API keys, counter. */
  deleteTenant(id: string): Promise<boolean> {
    return this.apply((tx) => {
      const state = this.state;
      const tenant = state.tenants.get(id);
      if (tenant === undefined) return false;
      tx.delete(state.tenantIdsByName, tenant.name);
      for (const host of tenant.hosts) tx.delete(state.tenantIdsByHost, host);
      for (const key of [...state.apiKeys.values()].filter((k) => k.tenantId === id)) {
        tx.delete(state.apiKeyIdsBySecretHash, key.secretHash);
        tx.delete(state.apiKeys, key.id);
      }
      tx.delete(state.organizations, id);
      tx.delete(state.groups, id);
      tx.delete(state.users, id);
      tx.delete(state.counters, id);
      tx.delete(state.tenants, id);
      return true;
    });
  }

  findTenantById(id: string): Promise<Tenant | null> {
    return this.apply(() => copyOrNull(this.state.tenants.get(id)));
  }

  findTenantByName(name: string): Promise<Tenant | null> {
    return this.apply(() => {
      const id = this.state.tenantIdsByName.get(name);
      return copyOrNull(id === undefined ? undefined : this.state.tenants.get(id));
    });
  }

  findTenantByAccountUrl(accountUrl: string): Promise<Tenant | null> {
    return this.apply(() => copyOrNull(this.sortedTenants().find((t) => t.accountUrl === accountUrl)));
  }

  findTenantByHost(host: string): Promise<Tenant | null> {
    return this.apply(() => {
      const id = this.state.tenantIdsByHost.get(host);
      return copyOrNull(id === undefined ? undefined : this.state.tenants.get(id));
    });
  }

  listTenants(): Promise<readonly Tenant[]> {
    return this.apply(() => this.sortedTenants().map(copy));
  }

  saveOrganization(organization: Organization): Promise<void> {
    return this.apply((tx) => {
      tx.set(this.state.organizationsOf(organization.tenantId), organization.id, copy(organization));
    });
  }

  findOrganization(tenantId: string, id: number): Promise<Organization | null> {
    return this.apply(() => copyOrNull(this.state.organizations.get(tenantId)?.get(id)));
  }

  listOrganizations(tenantId: string): Promise<readonly Organization[]> {
    return this.apply(() => sortedById(this.state.organizations.get(tenantId)));
  }

  saveGroup(group: Group): Promise<void> {
    return this.apply((tx) => {
      tx.set(this.state.groupsOf(group.tenantId), group.id, copy(group));
      const counter = this.state.counters.get(group.tenantId);
      if (counter && counter.nextGroupId <= group.id)
        tx.set(this.state.counters, group.tenantId, { ...counter, nextGroupId: group.id + 1 });
    });
  }

  findGroup(tenantId: string, id: number): Promise<Group | null> {
    return this.apply(() => copyOrNull(this.state.groups.get(tenantId)?.get(id)));
  }

  listGroups(tenantId: string): Promise<readonly Group[]> {
    return this.apply(() => sortedById(this.state.groups.get(tenantId)));
  }

  findGroupsByName(tenantId: string, name: string): Promise<readonly Group[]> {
    return this.apply(() => sortedById(this.state.groups.get(tenantId)).filter((group) => group.name === name));
  }

  findGroupsByExternalId(tenantId: string, externalId: string): Promise<readonly Group[]> {
    return this.apply(() => sortedById(this.state.groups.get(tenantId)).filter((group) => group.externalId === externalId));
  }

  /** Atomic as every memory operation: the name check and the insert run in one synchronous step. */
  createGroup(group: NewGroup): Promise<Group> {
    return this.apply((tx) => {
      const counter = this.state.counters.get(group.tenantId);
      if (!this.state.tenants.has(group.tenantId) || !counter) throw new RosterError('TENANT_NOT_FOUND', 'no such tenant');
      const groups = this.state.groupsOf(group.tenantId);
      if (groupNamedLike([...groups.values()], group.name) !== null) throw nameTaken();
      const id = nextGroupId(counter.nextGroupId, [...groups.keys()]);
      tx.set(this.state.counters, group.tenantId, { ...counter, nextGroupId: id + 1 });
      const created: Group = { ...group, id, version: 1, externalId: group.externalId ?? null, updatedAt: group.createdAt };
      tx.set(groups, id, copy(created));
      return copy(created);
    });
  }

  updateGroup(tenantId: string, id: number, changes: GroupChanges, expectedVersion?: number): Promise<Group | null> {
    return this.apply((tx) => {
      const groups = this.state.groups.get(tenantId);
      const group = groups?.get(id);
      if (groups === undefined || group === undefined) return null;
      if (expectedVersion !== undefined && group.version !== expectedVersion) throw versionConflict();
      if (changes.name !== undefined && groupNamedLike([...groups.values()], changes.name, id) !== null) throw nameTaken();
      const updated: Group = { ...group, ...changes, version: group.version + 1 };
      tx.set(groups, id, copy(updated));
      return copy(updated);
    });
  }

  deleteGroup(tenantId: string, id: number, at: Date, expectedVersion?: number): Promise<boolean> {
    return this.apply((tx) => {
      const groups = this.state.groups.get(tenantId);
      const group = groups?.get(id);
      if (groups === undefined || group === undefined) return false;
      if (expectedVersion !== undefined && group.version !== expectedVersion) throw versionConflict();
      const table = this.state.users.get(tenantId);
      for (const [userId, user] of table?.byId ?? []) {
        if (user.groupIds.includes(id) && table) {
          const groupIds = user.groupIds.filter((g) => g !== id);
          tx.set(table.byId, userId, { ...user, groupIds, version: user.version + 1, updatedAt: new Date(at.getTime()) });
        }
      }
      tx.delete(groups, id);
      return true;
    });
  }

  allocateUser(tenantId: string, seatLimit: number | null): Promise<number | null> {
    return this.apply((tx) => {
      const counter = this.state.counters.get(tenantId);
      if (!counter) throw new RosterError('TENANT_NOT_FOUND', 'no such tenant');
      if (seatLimit !== null && counter.seats >= seatLimit) return null;
      tx.set(this.state.counters, tenantId, { ...counter, seats: counter.seats + 1, nextId: counter.nextId + 1 });
      return counter.nextId;
    });
  }

  allocateUsers(tenantId: string, seatLimit: number | null, count: number): Promise<readonly number[]> {
    return this.apply((tx) => {
      const counter = this.state.counters.get(tenantId);
      if (!counter) throw new RosterError('TENANT_NOT_FOUND', 'no such tenant');
      const granted = Math.max(0, Math.min(count, seatLimit === null ? count : seatLimit - counter.seats));
      if (granted === 0) return [];
      tx.set(this.state.counters, tenantId, { ...counter, seats: counter.seats + granted, nextId: counter.nextId + granted });
      return Array.from({ length: granted }, (_, i) => counter.nextId + i);
    });
  }

  releaseSeat(tenantId: string): Promise<void> {
    return this.apply((tx) => {
      const counter = this.state.counters.get(tenantId);
      if (counter && counter.seats > 0) tx.set(this.state.counters, tenantId, { ...counter, seats: counter.seats - 1 });
    });
  }

  countUsers(tenantId: string): Promise<number> {
    return this.apply(() => this.state.counters.get(tenantId)?.seats ?? 0);
  }

  private sortedTenants(): Tenant[] {
    return [...this.state.tenants.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  private apply<T>(operation: (tx: Transaction) => T): Promise<T> {
    return this.runner.apply(operation, this.bound);
  }
}

function versionConflict(): RosterError {
  return new RosterError('VERSION_CONFLICT', 'the group was changed meanwhile');
}

function nameTaken(): RosterError {
  return new RosterError('GROUP_NAME_TAKEN', 'another group of the tenant has this name');
}

function copyOrNull<T>(value: T | undefined): T | null {
  return value === undefined ? null : copy(value);
}

function sortedById<T extends { readonly id: number }>(records: Map<number, T> | undefined): T[] {
  return records ? [...records.values()].sort((a, b) => a.id - b.id).map(copy) : [];
}
