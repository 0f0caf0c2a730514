import { withDatabase } from '../db/postgres-admin';
import { SEED_FILTER } from '../db/seed-user.model';
import { spreadOf, type Spread } from '../harness/stats';

export interface SqlTiming {
  readonly label: string;
  readonly sql: string;
  /** Milliseconds, measured by the client around each execution. */
  readonly ms: Spread;
}

const ORDER = 'ORDER BY created_at, id';
const FILTER = `role = '${SEED_FILTER.role}' AND status = '${SEED_FILTER.status}'`;
const REPEAT = 7;

/**
 * The list's work split into its parts and timed straight on PostgreSQL (no ORM, no HTTP):
 * the count every answer carries (and the whole-tenant total the seat counter already keeps),
 * pages by OFFSET, and the same pages by keyset (what an `after` cursor would run), so a slow
 * figure above can be traced to its query.
 */
export async function probeListQueries(database: string): Promise<SqlTiming[]> {
  return withDatabase(database, async (client) => {
    const tenant = (await client.query<{ id: string }>('SELECT id FROM roster_tenants LIMIT 1')).rows[0]!.id;
    const boundary = await client.query<{ created_at: Date; id: number }>(
      `SELECT created_at, id FROM roster_users WHERE tenant_id = $1 ${ORDER} OFFSET 1979 LIMIT 1`,
      [tenant],
    );
    const after = boundary.rows[0];
    const total = Number(
      (await client.query<{ n: string }>('SELECT count(*) AS n FROM roster_users WHERE tenant_id = $1', [tenant])).rows[0]!.n,
    );
    const beforeLast = await client.query<{ created_at: Date; id: number }>(
      `SELECT created_at, id FROM roster_users WHERE tenant_id = $1 ORDER BY created_at DESC, id DESC OFFSET 20 LIMIT 1`,
      [tenant],
    );
    const last = beforeLast.rows[0];
    const lastOffset = Math.max(0, total - 20);
    const queries: [string, string, unknown[]][] = [
      ['count, whole tenant', 'SELECT count(*) FROM roster_users WHERE tenant_id = $1', [tenant]],
      ['whole-tenant total from the seat counter', 'SELECT user_count FROM roster_tenant_counters WHERE tenant_id = $1', [tenant]],
      ['count, role + status filter', `SELECT count(*) FROM roster_users WHERE tenant_id = $1 AND ${FILTER}`, [tenant]],
      ['page 1 by OFFSET', `SELECT * FROM roster_users WHERE tenant_id = $1 ${ORDER} LIMIT 20`, [tenant]],
      ['page 100 by OFFSET', `SELECT * FROM roster_users WHERE tenant_id = $1 ${ORDER} LIMIT 20 OFFSET 1980`, [tenant]],
      [
        'page 100 by keyset (after the 1980th)',
        `SELECT * FROM roster_users WHERE tenant_id = $1 AND (created_at, id) > ($2, $3) ${ORDER} LIMIT 20`,
        [tenant, after?.created_at, after?.id],
      ],
      ['filter page 1 by OFFSET', `SELECT * FROM roster_users WHERE tenant_id = $1 AND ${FILTER} ${ORDER} LIMIT 20`, [tenant]],
      [
        `last page by OFFSET (${lastOffset})`,
        `SELECT * FROM roster_users WHERE tenant_id = $1 ${ORDER} LIMIT 20 OFFSET ${lastOffset}`,
        [tenant],
      ],
      [
        'last page by keyset',
        `SELECT * FROM roster_users WHERE tenant_id = $1 AND (created_at, id) > ($2, $3) ${ORDER} LIMIT 20`,
        [tenant, last?.created_at, last?.id],
      ],
    ];
    const timings: SqlTiming[] = [];
    for (const [label, sql, params] of queries) {
      const samples: number[] = [];
      for (let i = 0; i < REPEAT; i += 1) {
        const started = process.hrtime.bigint();
        await client.query(sql, params);
        samples.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      timings.push({ label, sql: sql.replace(/\s+/g, ' '), ms: spreadOf(samples) });
    }
    return timings;
  });
}
