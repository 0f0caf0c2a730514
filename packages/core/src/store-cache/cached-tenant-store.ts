import type { Group, Organization, Tenant } from '../domain';
import type { GroupChanges, NewGroup } from '../ports/tenant-store.port';
import type { Clock, TenantStore } from '../ports';
import { ExpiringMap } from './expiring-map';

/**
 * A TenantStore that remembers found tenants (by id, name, account URL and host name) for `ttlMs`. Saving
 * a tenant through it (or through a unit of work of the same cache) forgets them all; a tenant
 * changed elsewhere is seen at the latest `ttlMs` later. Misses are not kept. Organizations,
 * groups and the seat counter are not cached.
 */
export class CachedTenantStore implements TenantStore {
  private readonly byId: ExpiringMap<string, Tenant>;
  private readonly byName: ExpiringMap<string, Tenant>;
  private readonly byAccountUrl: ExpiringMap<string, Tenant>;
  private readonly byHost: ExpiringMap<string, Tenant>;

  constructor(
    private readonly inner: TenantStore,
    clock: Clock,
    ttlMs: number,
  ) {
    this.byId = new ExpiringMap(clock, ttlMs);
    this.byName = new ExpiringMap(clock, ttlMs);
    this.byAccountUrl = new ExpiringMap(clock, ttlMs);
    this.byHost = new ExpiringMap(clock, ttlMs);
  }

  async saveTenant(tenant: Tenant): Promise<void> {
    this.forget();
    try {
      await this.inner.saveTenant(tenant);
    } finally {
      this.forget();
    }
  }

  findTenantById(id: string): Promise<Tenant | null> {
    return this.cached(this.byId, id, () => this.inner.findTenantById(id));
  }

  findTenantByName(name: string): Promise<Tenant | null> {
    return this.cached(this.byName, name, () => this.inner.findTenantByName(name));
  }

  findTenantByAccountUrl(accountUrl: string): Promise<Tenant | null> {
    return this.cached(this.byAccountUrl, accountUrl, () => this.inner.findTenantByAccountUrl(accountUrl));
  }

  findTenantByHost(host: string): Promise<Tenant | null> {
    return this.cached(this.byHost, host, () => this.inner.findTenantByHost(host));
  }

  listTenants(): Promise<readonly Tenant[]> {
    return this.inner.listTenants();
  }

  /** Outside a unit of work only the tenants are forgotten; `cachedStores`' unit of work forgets its keys too. */
  async deleteTenant(id: string): Promise<boolean> {
    this.forget();
    try {
      return await this.inner.deleteTenant(id);
    } finally {
      this.forget();
    }
  }

  saveOrganization(organization: Organization): Promise<void> {
    return this.inner.saveOrganization(organization);
  }

  findOrganization(tenantId: string, id: number): Promise<Organization | null> {
    return this.inner.findOrganization(tenantId, id);
  }

  listOrganizations(tenantId: string): Promise<readonly Organization[]> {
    return this.inner.listOrganizations(tenantId);
  }

  saveGroup(group: Group): Promise<void> {
    return this.inner.saveGroup(group);
  }

  findGroup(tenantId: string, id: number): Promise<Group | null> {
    return this.inner.findGroup(tenantId, id);
  }

  listGroups(tenantId: string): Promise<readonly Group[]> {
    return this.inner.listGroups(tenantId);
  }

  findGroupsByName(tenantId: string, name: string): Promise<readonly Group[]> {
    return this.inner.findGroupsByName(tenantId, name);
  }

  findGroupsByExternalId(tenantId: string, externalId: string): Promise<readonly Group[]> {
    return this.inner.findGroupsByExternalId(tenantId, externalId);
  }

  createGroup(group: NewGroup): Promise<Group> {
    return this.inner.createGroup(group);
  }

  updateGroup(tenantId: string, id: number, changes: GroupChanges, expectedVersion?: number): Promise<Group | null> {
    return this.inner.updateGroup(tenantId, id, changes, expectedVersion);
  }

  deleteGroup(tenantId: string, id: number, at: Date, expectedVersion?: number): Promise<boolean> {
    return this.inner.deleteGroup(tenantId, id, at, expectedVersion);
  }

  allocateUser(tenantId: string, seatLimit: number | null): Promise<number | null> {
    return this.inner.allocateUser(tenantId, seatLimit);
  }

  allocateUsers(tenantId: string, seatLimit: number | null, count: number): Promise<readonly number[]> {
    return this.inner.allocateUsers(tenantId, seatLimit, count);
  }

  releaseSeat(tenantId: string): Promise<void> {
    return this.inner.releaseSeat(tenantId);
  }

  countUsers(tenantId: string): Promise<number> {
    return this.inner.countUsers(tenantId);
  }

  /** Keeps `tenant`, read elsewhere (with an API key), as `findTenantById` would have. */
  remember(tenant: Tenant): void {
    this.byId.set(tenant.id, tenant);
  }

  /** Drops every cached tenant. */
  forget(): void {
    this.byId.clear();
    this.byName.clear();
    this.byAccountUrl.clear();
    this.byHost.clear();
  }

  private async cached(map: ExpiringMap<string, Tenant>, key: string, load: () => Promise<Tenant | null>): Promise<Tenant | null> {
    const hit = map.get(key);
    if (hit !== undefined) return hit;
    const tenant = await load();
    if (tenant !== null) map.set(key, tenant);
    return tenant;
  }
}
