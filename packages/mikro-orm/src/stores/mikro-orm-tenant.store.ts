import type { UniqueConstraintViolationException } from '@mikro-orm/core';
import { RosterError, type Group, type GroupChanges, type NewGroup, type Organization, type Tenant, type TenantStore } from '@roster/core';
import { RosterGroupSchema, RosterOrganizationSchema, RosterTenantSchema } from '../entities';
import { hostsOfAll, replaceHosts } from './tenant-hosts';
import { readTenant, type TenantKey } from '../raw-reads/tenant-reads';
import { violatedKey, withCause } from '../errors/translate-driver-error';
import { toGroup, toGroupRow, toOrganization, toOrganizationRow, toTenant, toTenantRow } from '../mappers';
import { insertGroup, passGroupId, removeGroup, updateGroupRow } from './group-writes';
import { saveRow } from './save-row';
import { removeTenant } from './tenant-removal';
import { createCounter, giveSeatBack, seatsTaken, takeSeat, takeSeats } from './seat-counter';
import { atomically, guarded, type StoreContext } from './store-context';

/** A clash on the host or the name index; otherwise a concurrent first save of the same id. */
const tenantClash = (violation: UniqueConstraintViolationException) => {
  const key = violatedKey(violation);
  return withCause(
    key.includes('host')
      ? new RosterError('STORE_INTEGRITY', 'a host name is already used by another tenant')
      : key.includes('name')
        ? new RosterError('STORE_INTEGRITY', 'the name is already used by another tenant')
        : new RosterError('STORE_INTEGRITY', 'the tenant id was saved concurrently; retry'),
    violation,
  );
};

/**
 * `TenantStore` on MikroORM: tenants (unique name), organizations and groups keyed by
 * (tenant, id), and each tenant's seat counter row, created with the tenant.
 */
export class MikroOrmTenantStore implements TenantStore {
  constructor(private readonly context: StoreContext) {}

  saveTenant(tenant: Tenant): Promise<void> {
    return guarded(
      () =>
        atomically(this.context.em(), async (em) => {
          const inserted = await saveRow(em, RosterTenantSchema, { id: tenant.id }, toTenantRow(tenant));
          if (inserted) await createCounter(em, tenant.id);
          await replaceHosts(em, tenant.id, tenant.hosts, !inserted);
        }),
      tenantClash,
    );
  }

  findTenantById(id: string): Promise<Tenant | null> {
    return this.findTenant('id', id);
  }

  findTenantByName(name: string): Promise<Tenant | null> {
    return this.findTenant('name', name);
  }

  findTenantByAccountUrl(accountUrl: string): Promise<Tenant | null> {
    return this.findTenant('accountUrl', accountUrl);
  }

  findTenantByHost(host: string): Promise<Tenant | null> {
    return this.findTenant('host', host);
  }

  listTenants(): Promise<readonly Tenant[]> {
    return guarded(async () => {
      const em = this.context.em();
      const rows = await em.find(RosterTenantSchema, {}, { orderBy: { id: 'asc' } });
      const hosts = await hostsOfAll(em);
      return rows.map((row) => toTenant(row, hosts.get(row.id) ?? []));
    });
  }

  deleteTenant(id: string): Promise<boolean> {
    return guarded(() => atomically(this.context.em(), (em) => removeTenant(em, id)));
  }

  saveOrganization(organization: Organization): Promise<void> {
    const { tenantId, id } = organization;
    return guarded(async () => {
      await atomically(this.context.em(), (em) => saveRow(em, RosterOrganizationSchema, { tenantId, id }, toOrganizationRow(organization)));
    });
  }

  findOrganization(tenantId: string, id: number): Promise<Organization | null> {
    return guarded(async () => {
      const row = await this.context.em().findOne(RosterOrganizationSchema, { tenantId, id });
      return row ? toOrganization(row) : null;
    });
  }

  listOrganizations(tenantId: string): Promise<readonly Organization[]> {
    return guarded(async () => {
      const rows = await this.context.em().find(RosterOrganizationSchema, { tenantId }, { orderBy: { id: 'asc' } });
      return rows.map(toOrganization);
    });
  }

  saveGroup(group: Group): Promise<void> {
    const { tenantId, id } = group;
    return guarded(async () => {
      await atomically(this.context.em(), async (em) => {
        await saveRow(em, RosterGroupSchema, { tenantId, id }, toGroupRow(group));
        await passGroupId(em, tenantId, id);
      });
    });
  }

  findGroup(tenantId: string, id: number): Promise<Group | null> {
    return guarded(async () => {
      const row = await this.context.em().findOne(RosterGroupSchema, { tenantId, id });
      return row ? toGroup(row) : null;
    });
  }

  listGroups(tenantId: string): Promise<readonly Group[]> {
    return guarded(async () => {
      const rows = await this.context.em().find(RosterGroupSchema, { tenantId }, { orderBy: { id: 'asc' } });
      return rows.map(toGroup);
    });
  }

  findGroupsByName(tenantId: string, name: string): Promise<readonly Group[]> {
    return guarded(async () => {
      const rows = await this.context.em().find(RosterGroupSchema, { tenantId, name }, { orderBy: { id: 'asc' } });
      return rows.map(toGroup);
    });
  }

  findGroupsByExternalId(tenantId: string, externalId: string): Promise<readonly Group[]> {
    return guarded(async () => {
      const rows = await this.context.em().find(RosterGroupSchema, { tenantId, externalId }, { orderBy: { id: 'asc' } });
      return rows.map(toGroup);
    });
  }

  createGroup(group: NewGroup): Promise<Group> {
    return guarded(() => atomically(this.context.em(), (em) => insertGroup(em, group)));
  }

  updateGroup(tenantId: string, id: number, changes: GroupChanges, expectedVersion?: number): Promise<Group | null> {
    return guarded(() => atomically(this.context.em(), (em) => updateGroupRow(em, tenantId, id, changes, expectedVersion)));
  }

  deleteGroup(tenantId: string, id: number, at: Date, expectedVersion?: number): Promise<boolean> {
    return guarded(() => atomically(this.context.em(), (em) => removeGroup(em, tenantId, id, at, expectedVersion)));
  }

  allocateUser(tenantId: string, seatLimit: number | null): Promise<number | null> {
    return guarded(() => atomically(this.context.em(), (em) => takeSeat(em, tenantId, seatLimit)));
  }

  allocateUsers(tenantId: string, seatLimit: number | null, count: number): Promise<readonly number[]> {
    return guarded(() => atomically(this.context.em(), (em) => takeSeats(em, tenantId, seatLimit, count)));
  }

  releaseSeat(tenantId: string): Promise<void> {
    return guarded(() => giveSeatBack(this.context.em(), tenantId));
  }

  countUsers(tenantId: string): Promise<number> {
    return guarded(() => seatsTaken(this.context.em(), tenantId));
  }

  /** A raw read (raw-reads/): the tenant and its hosts in one statement, without MikroORM's query building and hydration. */
  private findTenant(key: TenantKey, value: string): Promise<Tenant | null> {
    return guarded(() => readTenant(this.context.em(), key, value));
  }
}
