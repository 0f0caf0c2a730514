import type { Client } from 'pg';
import { SEED_EPOCH_MS } from './seed-user.model';

export interface SqlSeedOptions {
  readonly tenantId: string;
  readonly count: number;
  readonly defaultPermissions: readonly string[];
  readonly organizationId: number;
  /** Rows per INSERT … SELECT statement (each its own transaction). */
  readonly batch?: number;
}

/**
 * Seeds users straight into Roster's tables (`roster_users`, `roster_tenant_counters`) with
 * batched `INSERT … SELECT … FROM generate_series`, the rows made by the server: the same data as
 * seed-user.model.ts, about 10⁵ rows per statement. Ids continue the tenant's counter, which
 * is moved on at the end as the store's `allocateUser` would have.
 */
export async function seedRosterUsersSql(client: Client, options: SqlSeedOptions): Promise<void> {
  const batch = options.batch ?? 100_000;
  const counter = await client.query<{ next: number }>('SELECT next_user_id AS next FROM roster_tenant_counters WHERE tenant_id = $1', [
    options.tenantId,
  ]);
  const firstId = counter.rows[0]?.next;
  if (firstId === undefined) throw new Error(`no counter row for tenant ${options.tenantId}`);
  const statement = insertStatement(await columnsOf(client));
  for (let from = 1; from <= options.count; from += batch) {
    const to = Math.min(options.count, from + batch - 1);
    await client.query(statement, [
      options.tenantId,
      firstId - 1,
      JSON.stringify(options.defaultPermissions),
      options.organizationId,
      SEED_EPOCH_MS / 1000,
      from,
      to,
    ]);
  }
  await client.query(
    'UPDATE roster_tenant_counters SET user_count = user_count + $2, next_user_id = next_user_id + $2 WHERE tenant_id = $1',
    [options.tenantId, options.count],
  );
  // What autovacuum does to a long-lived table: statistics, and the visibility map index-only scans need.
  await client.query('VACUUM ANALYZE roster_users');
}

interface Column {
  readonly name: string;
  readonly type: string;
  readonly nullable: boolean;
  readonly hasDefault: boolean;
}

/** SQL for each column of `roster_users` the seed knows; `g` is the seed number, `j` the JSON type. */
const VALUES: Readonly<Record<string, (j: string) => string>> = {
  tenant_id: () => '$1::text',
  id: () => '$2::int + g',
  public_id: () => "'usr_seed' || lpad(to_hex(g), 12, '0')",
  email: () => "'seed' || g || '@bench.example.com'",
  email_key: () => "'seed' || g || '@bench.example.com'",
  first_name: () => "'Seed'",
  last_name: () => "'User ' || g",
  password_hash: () => "'seeded$no-password'",
  role: () => "CASE WHEN g % 5 = 0 THEN 'publisher' ELSE 'user' END",
  permissions: (j) => `$3::text::${j}`,
  status: () => "CASE g % 7 WHEN 3 THEN 'inactive' WHEN 5 THEN 'pending' ELSE 'active' END",
  organization_id: () => '$4::int',
  source: () => "'seed'",
  live_scanner: () => 'false',
  subscribed_to_updates: () => 'true',
  settings: (j) => `'{"theme":"system","notifications":true}'::${j}`,
  group_ids: (j) => `'[]'::${j}`,
  backend_access: () => 'false',
  created_at: () => 'to_timestamp($5::bigint + g)',
  updated_at: () => 'to_timestamp($5::bigint + g)',
  version: () => '1',
};

async function columnsOf(client: Client): Promise<Column[]> {
  const result = await client.query<{ name: string; type: string; nullable: string; fallback: string | null }>(
    `SELECT column_name AS name, data_type AS type, is_nullable AS nullable, column_default AS fallback
     FROM information_schema.columns WHERE table_name = 'roster_users' ORDER BY ordinal_position`,
  );
  if (result.rows.length === 0) throw new Error('no table roster_users: was the schema migrated?');
  return result.rows.map((row) => ({
    name: row.name,
    type: row.type,
    nullable: row.nullable === 'YES',
    hasDefault: row.fallback !== null,
  }));
}

/**
 * The seed's INSERT for the table as the migrations made it: known columns get their seed
 * value, unknown nullable or defaulted ones are left out; an unknown required column stops the
 * run with its name (the seed must then learn it).
 */
function insertStatement(columns: readonly Column[]): string {
  const json = columns.find((column) => column.name === 'permissions')?.type ?? 'jsonb';
  const known = columns.filter((column) => VALUES[column.name] !== undefined);
  const missing = columns.filter((column) => VALUES[column.name] === undefined && !column.nullable && !column.hasDefault);
  if (missing.length > 0)
    throw new Error(`the seed does not know the required column(s) ${missing.map((c) => c.name).join(', ')} of roster_users`);
  const names = known.map((column) => `"${column.name}"`).join(', ');
  const values = known.map((column) => VALUES[column.name]!(json)).join(',\n      ');
  return `INSERT INTO roster_users (${names})\n    SELECT ${values}\n    FROM generate_series($6::int, $7::int) AS g`;
}
