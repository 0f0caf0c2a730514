import type { MikroORM } from '@mikro-orm/core';
import type { RawReader } from '@roster/testing';

type Row = Record<string, unknown>;

/** A JSON column as read raw: SQLite and MariaDB answer text, PostgreSQL parsed JSON. */
function json(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : (value ?? null);
}

/** A stored timestamp as a Date: SQLite keeps epoch milliseconds, PostgreSQL and MariaDB answer strings. */
function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') return new Date((value as Date).getTime());
  if (typeof value === 'number' || typeof value === 'bigint') return new Date(Number(value));
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a raw driver value (string, number or Date), read as text
  const text = String(value).replace(' ', 'T');
  if (/[+-]\d\d$/.test(text)) return new Date(`${text}:00`); // PostgreSQL: …+00
  return new Date(/[zZ]$|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
}

/**
 * Reads persisted rows with plain SQL through `orm`'s connection (a second ORM on the same
 * database, or for `:memory:` the store's own pool outside any transaction), bypassing the stores.
 */
export function rawReader(orm: MikroORM): RawReader {
  const query = async (sql: string, params: unknown[]): Promise<Row | null> => {
    const rows = (await orm.em.getConnection().execute(sql, params, 'all')) as Row[];
    return rows[0] ?? null;
  };
  return {
    user: async (tenantId, id) => {
      const row = await query(
        'select id, public_id, email, login, first_name, version, last_login_at, profile from roster_users where tenant_id = ? and id = ?',
        [tenantId, id],
      );
      if (!row) return null;
      return {
        id: Number(row.id),
        publicId: String(row.public_id),
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a raw driver value (string, number or Date), read as text
        email: row.email === null ? null : String(row.email),
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a raw driver value (string, number or Date), read as text
        login: row.login === null ? null : String(row.login),
        firstName: String(row.first_name),
        version: Number(row.version),
        lastLoginAt: toDate(row.last_login_at),
        profile: (json(row.profile) ?? {}) as Record<string, string>,
      };
    },
    userCount: async (tenantId) => Number((await query('select count(*) as n from roster_users where tenant_id = ?', [tenantId]))?.n ?? 0),
    userCountWhere: async (tenantId, { role, status }) => {
      const conditions = ['tenant_id = ?', ...(role === undefined ? [] : ['role = ?']), ...(status === undefined ? [] : ['status = ?'])];
      const params = [tenantId, ...(role === undefined ? [] : [role]), ...(status === undefined ? [] : [status])];
      return Number((await query(`select count(*) as n from roster_users where ${conditions.join(' and ')}`, params))?.n ?? 0);
    },
    seatCount: async (tenantId) =>
      Number((await query('select user_count from roster_tenant_counters where tenant_id = ?', [tenantId]))?.user_count ?? 0),
    tenant: async (id) => {
      const row = await query('select id, name, profile_fields from roster_tenants where id = ?', [id]);
      if (!row) return null;
      const fields = (json(row.profile_fields) ?? []) as { name: string }[];
      return { id: String(row.id), name: String(row.name), profileFieldNames: fields.map((field) => field.name) };
    },
    organization: async (tenantId, id) => {
      const row = await query('select id, name from roster_organizations where tenant_id = ? and id = ?', [tenantId, id]);
      return row ? { id: Number(row.id), name: String(row.name) } : null;
    },
    group: async (tenantId, id) => {
      const row = await query('select id, name from roster_groups where tenant_id = ? and id = ?', [tenantId, id]);
      return row ? { id: Number(row.id), name: String(row.name) } : null;
    },
    apiKey: async (id) => {
      const row = await query('select id, name, secret_hash, last_used_at, expires_at from roster_api_keys where id = ?', [id]);
      if (!row) return null;
      return {
        id: String(row.id),
        name: String(row.name),
        secretHash: String(row.secret_hash),
        lastUsedAt: toDate(row.last_used_at),
        expiresAt: toDate(row.expires_at),
      };
    },
    tenantHosts: async (tenantId) => {
      const rows = (await orm.em
        .getConnection()
        .execute('select host from roster_tenant_hosts where tenant_id = ?', [tenantId], 'all')) as Row[];
      return rows.map((row) => String(row.host)).sort();
    },
    auditEvents: async (tenantId) => {
      const rows = (await orm.em
        .getConnection()
        .execute('select id, type from roster_audit_events where tenant_id = ? order by id', [tenantId], 'all')) as Row[];
      return rows.map((row) => ({ id: String(row.id), type: String(row.type) }));
    },
  };
}
