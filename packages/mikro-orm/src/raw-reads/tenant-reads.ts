import type { EntityManager } from '@mikro-orm/core';
import type { Tenant } from '@roster/core';
import { RosterTenantHostSchema, RosterTenantSchema } from '../entities';
import { toTenant } from '../mappers';
import { entityTable } from './entity-columns';
import { normalizeRow, type DateReader } from './normalize-row';
import { rawStatement, type Quote, type RawStatement } from './raw-statement';

const TENANTS = entityTable(RosterTenantSchema);
const HOSTS = entityTable(RosterTenantHostSchema);
/** The alias of the joined host name (no column of a joined table is called so). */
const HOST = 'roster_joined_host';

/** `alias.column`, quoted. */
const qualified = (quote: Quote, alias: string, column: string) => `${alias}.${quote(column)}`;

/**
 * The select list of a tenant row (table alias `t`) and of its joined host (alias `h`); with a
 * `prefix`, each tenant column is named `<prefix><column>` (a join beside another table's columns).
 */
export function tenantColumns(quote: Quote, prefix = ''): string {
  const columns = TENANTS.columns.map(({ column }) => {
    const source = qualified(quote, 't', column);
    return prefix === '' ? source : `${source} as ${quote(prefix + column)}`;
  });
  return [...columns, `${qualified(quote, 'h', HOSTS.column('host'))} as ${quote(HOST)}`].join(', ');
}

/** Joins the hosts (alias `h`) of the tenant `t`: one row per host, or one with a null host. */
export function hostsJoin(quote: Quote): string {
  return `left join ${quote(HOSTS.table)} h on ${qualified(quote, 'h', HOSTS.column('tenantId'))} = ${qualified(quote, 't', TENANTS.column('id'))}`;
}

/** The tenant table, aliased `t`, and its id column (to join or order by). */
export const tenantTable = (quote: Quote) => ({ from: `${quote(TENANTS.table)} t`, id: qualified(quote, 't', TENANTS.column('id')) });

/**
 * The first tenant of joined rows (ordered by tenant id) and its hosts; null when there is none
 * or its columns are null (an outer join that found no tenant).
 */
export function firstTenantOf(rows: readonly Record<string, unknown>[], dates: DateReader, prefix = ''): Tenant | null {
  const first = rows.at(0);
  const idColumn = prefix + TENANTS.column('id');
  if (first?.[idColumn] === null || first?.[idColumn] === undefined) return null;
  const row = normalizeRow(TENANTS, first, dates, prefix);
  const hosts: string[] = [];
  for (const raw of rows) {
    if (raw[idColumn] !== first[idColumn]) break;
    const host = raw[HOST];
    if (typeof host === 'string') hosts.push(host);
  }
  return toTenant(row, hosts);
}

/** The ways a tenant is found: a column of its own (`name` unique, `accountUrl` not: the lowest id wins) or one of its hosts. */
export type TenantKey = 'id' | 'name' | 'accountUrl' | 'host';

/**
 * The tenant's row joined to each of its host rows, so the tenant and its hosts come in ONE
 * round trip; by host, through the host row (alias `o`) that names it.
 */
function byKey(key: TenantKey): RawStatement {
  return rawStatement((quote) => {
    const tenants = tenantTable(quote);
    const select = `select ${tenantColumns(quote)}`;
    if (key === 'host') {
      const owner = `${quote(HOSTS.table)} o join ${tenants.from} on ${tenants.id} = ${qualified(quote, 'o', HOSTS.column('tenantId'))}`;
      return `${select} from ${owner} ${hostsJoin(quote)} where ${qualified(quote, 'o', HOSTS.column('host'))} = ? order by ${tenants.id}`;
    }
    return `${select} from ${tenants.from} ${hostsJoin(quote)} where ${qualified(quote, 't', TENANTS.column(key))} = ? order by ${tenants.id}`;
  });
}

const STATEMENTS: Readonly<Record<TenantKey, RawStatement>> = {
  id: byKey('id'),
  name: byKey('name'),
  accountUrl: byKey('accountUrl'),
  host: byKey('host'),
};

/** One tenant with its hosts, in one raw statement. */
export async function readTenant(em: EntityManager, key: TenantKey, value: string): Promise<Tenant | null> {
  const { rows, dates } = await STATEMENTS[key].run(em, [value]);
  return firstTenantOf(rows, dates);
}
