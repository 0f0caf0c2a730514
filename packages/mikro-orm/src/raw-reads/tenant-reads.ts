import type { EntityManager } from '@mikro-orm/core';
import type { Tenant } from '@roster/core';
import { RosterTenantHostSchema, RosterTenantSchema } from '../entities';
import { toTenant } from '../mappers';
import { entityTable } from './entity-columns';
import { normalizeRow, type DateReader } from './normalize-row';
import { rawStatement, type Quote, type RawStatement } from './raw-statement';

const TENANTS = entityTable(RosterTenantSchema);
const HOSTS = entityTable(RosterTenantHostSchema);
/** The alias of the joined host name (no tenant column is called so). */
const HOST = 'roster_joined_host';

/** The ways a tenant is found: a column of its own (`name` unique, `accountUrl` not: the lowest id wins) or one of its hosts. */
export type TenantKey = 'id' | 'name' | 'accountUrl' | 'host';

/**
 * The tenant's row joined to each of its host rows (none: one row, host null), so the tenant and
 * its hosts come in ONE round trip; by host, through the host row that names it first.
 */
function byKey(key: TenantKey): RawStatement {
  return rawStatement((quote: Quote) => {
    const column = (alias: string, name: string) => `${alias}.${quote(name)}`;
    const columns = TENANTS.columns.map((entry) => column('t', entry.column)).join(', ');
    const tenantOfHost = `${column('h', HOSTS.column('tenantId'))} = ${column('t', TENANTS.column('id'))}`;
    const hosts = `left join ${quote(HOSTS.table)} h on ${tenantOfHost}`;
    const select = `select ${columns}, ${column('h', HOSTS.column('host'))} as ${quote(HOST)}`;
    const order = `order by ${column('t', TENANTS.column('id'))}`;
    if (key === 'host') {
      const owner = `join ${quote(TENANTS.table)} t on ${column('t', TENANTS.column('id'))} = ${column('o', HOSTS.column('tenantId'))}`;
      return `${select} from ${quote(HOSTS.table)} o ${owner} ${hosts} where ${column('o', HOSTS.column('host'))} = ? ${order}`;
    }
    return `${select} from ${quote(TENANTS.table)} t ${hosts} where ${column('t', TENANTS.column(key))} = ? ${order}`;
  });
}

const STATEMENTS: Readonly<Record<TenantKey, RawStatement>> = {
  id: byKey('id'),
  name: byKey('name'),
  accountUrl: byKey('accountUrl'),
  host: byKey('host'),
};

/** The first tenant of joined rows (ordered by tenant id) and its hosts. */
export function firstTenantOf(rows: readonly Record<string, unknown>[], dates: DateReader): Tenant | null {
  const first = rows.at(0);
  if (first === undefined) return null;
  const row = normalizeRow(TENANTS, first, dates);
  const hosts: string[] = [];
  for (const raw of rows) {
    if (raw[TENANTS.column('id')] !== first[TENANTS.column('id')]) break;
    const host = raw[HOST];
    if (typeof host === 'string') hosts.push(host);
  }
  return toTenant(row, hosts);
}

/** One tenant with its hosts, in one raw statement. */
export async function readTenant(em: EntityManager, key: TenantKey, value: string): Promise<Tenant | null> {
  const { rows, dates } = await STATEMENTS[key].run(em, [value]);
  return firstTenantOf(rows, dates);
}
