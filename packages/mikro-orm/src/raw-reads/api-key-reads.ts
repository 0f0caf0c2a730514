import type { EntityManager } from '@mikro-orm/core';
import type { ApiKey, ApiKeyWithTenant } from '@roster/core';
import { RosterApiKeySchema } from '../entities';
import { toApiKey } from '../mappers';
import { entityTable } from './entity-columns';
import { normalizeRow } from './normalize-row';
import { rawStatement, type Quote } from './raw-statement';
import { firstTenantOf, hostsJoin, tenantColumns, tenantTable } from './tenant-reads';

const KEYS = entityTable(RosterApiKeySchema);
/** What the joined tenant's columns are prefixed with (the key has columns of the same names). */
const TENANT_PREFIX = 'tenant__';

const keyColumns = (quote: Quote) => KEYS.columns.map(({ column }) => `k.${quote(column)}`).join(', ');
const bySecretHash = (quote: Quote) => `k.${quote(KEYS.column('secretHash'))} = ?`;

const BY_SECRET_HASH = rawStatement(
  (quote) => `select ${keyColumns(quote)} from ${quote(KEYS.table)} k where ${bySecretHash(quote)} limit 1`,
);

/**
 * The key, its tenant and the tenant's hosts in ONE statement (outer joins: a key whose tenant is
 * gone still comes back, with a null tenant); one row per host.
 */
const WITH_TENANT = rawStatement((quote) => {
  const tenants = tenantTable(quote);
  const tenant = `left join ${tenants.from} on ${tenants.id} = k.${quote(KEYS.column('tenantId'))} ${hostsJoin(quote)}`;
  return `select ${keyColumns(quote)}, ${tenantColumns(quote, TENANT_PREFIX)} from ${quote(KEYS.table)} k ${tenant} where ${bySecretHash(quote)}`;
});

/** The key with this secret hash (a unique index), in one raw statement. */
export async function readApiKeyBySecretHash(em: EntityManager, secretHash: string): Promise<ApiKey | null> {
  const { rows, dates } = await BY_SECRET_HASH.run(em, [secretHash]);
  const first = rows.at(0);
  return first ? toApiKey(normalizeRow(KEYS, first, dates)) : null;
}

/** The key with this secret hash and its tenant, in one raw statement. */
export async function readApiKeyWithTenant(em: EntityManager, secretHash: string): Promise<ApiKeyWithTenant | null> {
  const { rows, dates } = await WITH_TENANT.run(em, [secretHash]);
  const first = rows.at(0);
  if (first === undefined) return null;
  return { key: toApiKey(normalizeRow(KEYS, first, dates)), tenant: firstTenantOf(rows, dates, TENANT_PREFIX) };
}
