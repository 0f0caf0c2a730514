import { RosterTenantHostSchema } from '../entities';
import type { RosterEntityManager } from './store-context';

/**
 * A tenant's host names, kept in `roster_tenant_hosts` (one row per host, `host` unique across
 * tenants). Saving a tenant replaces its rows; a host another tenant holds fails on the unique index.
 */
export async function replaceHosts(em: RosterEntityManager, tenantId: string, hosts: readonly string[], replacing: boolean): Promise<void> {
  if (replacing) await em.nativeDelete(RosterTenantHostSchema, { tenantId });
  if (hosts.length > 0)
    await em.insertMany(
      RosterTenantHostSchema,
      hosts.map((host) => ({ tenantId, host })),
    );
}

export async function hostsOf(em: RosterEntityManager, tenantId: string): Promise<string[]> {
  const rows = await em.find(RosterTenantHostSchema, { tenantId });
  return rows.map((row) => row.host);
}

/** Every tenant's hosts, by tenant id. */
export async function hostsOfAll(em: RosterEntityManager): Promise<Map<string, string[]>> {
  const byTenant = new Map<string, string[]>();
  for (const row of await em.find(RosterTenantHostSchema, {})) {
    const list = byTenant.get(row.tenantId) ?? [];
    list.push(row.host);
    byTenant.set(row.tenantId, list);
  }
  return byTenant;
}

export async function findHostOwner(em: RosterEntityManager, host: string): Promise<string | null> {
  const rows = await em.find(RosterTenantHostSchema, { host }, { limit: 1 });
  return rows[0]?.tenantId ?? null;
}
