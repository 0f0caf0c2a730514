import type { QueryConfig } from 'pg';

/**
 * The SQL of the limit baseline, as named (prepared) statements: PostgreSQL parses and plans
 * each once per connection, then only binds and executes. One statement per round trip.
 */

const named =
  (name: string, text: string) =>
  (values: readonly unknown[]): QueryConfig => ({ name, text, values: [...values] });

/**
 * The key a secret hash names (the unique index on `secret_hash`), with what its tenant's answers
 * need (identify-by and custom profile fields: the order of `profile` in a user's answer).
 */
export const keyBySecretHash = named(
  'limit_key',
  `SELECT k.tenant_id, k.role, k.permissions, k.organization_id, t.identify_by, t.profile_fields
   FROM roster_api_keys k JOIN roster_tenants t ON t.id = k.tenant_id WHERE k.secret_hash = $1`,
);

/** One user by its public id (the unique index on tenant and public id). */
export const userByPublicId = named(
  'limit_user',
  `SELECT public_id, email, login, first_name, last_name, role, status, created_at, last_login_at, settings, phone_number, profile
   FROM roster_users WHERE tenant_id = $1 AND public_id = $2`,
);

export interface ListFilter {
  readonly role?: string;
  readonly status?: string;
}

/**
 * A page and its total in ONE round trip: the total is `COUNT(*)` over the same filter, as
 * Roster's MikroORM store computes it (`em.count`), and the page is joined to it laterally, so a
 * page past the end still gives one row carrying the total. One statement per filter shape, so
 * each keeps a plan that uses its index.
 */
export function listPage(tenantId: string, filter: ListFilter, limit: number, offset: number): QueryConfig {
  const values: unknown[] = [tenantId, limit, offset];
  let where = 'tenant_id = $1';
  if (filter.role !== undefined) where += ` AND role = $${values.push(filter.role)}`;
  if (filter.status !== undefined) where += ` AND status = $${values.push(filter.status)}`;
  const name = `limit_list${filter.role === undefined ? '' : '_role'}${filter.status === undefined ? '' : '_status'}`;
  const text = `SELECT c.total, p.public_id, p.email, p.first_name, p.last_name, p.role, p.status, p.created_at, p.last_login_at
    FROM (SELECT count(*)::int AS total FROM roster_users WHERE ${where}) AS c
    LEFT JOIN LATERAL (
      SELECT public_id, email, first_name, last_name, role, status, created_at, last_login_at
      FROM roster_users WHERE ${where} ORDER BY created_at, id LIMIT $2 OFFSET $3
    ) AS p ON true`;
  return { name, text, values };
}

/**
 * The page after a keyset position (created_at, id), one more row than asked to tell whether a
 * next page exists, with the total joined as in `listPage`.
 */
export function listAfter(tenantId: string, filter: ListFilter, limit: number, after: { createdAt: Date; id: number }): QueryConfig {
  const values: unknown[] = [tenantId, limit + 1, after.createdAt, after.id];
  let where = 'tenant_id = $1';
  if (filter.role !== undefined) where += ` AND role = $${values.push(filter.role)}`;
  if (filter.status !== undefined) where += ` AND status = $${values.push(filter.status)}`;
  const name = `limit_after${filter.role === undefined ? '' : '_role'}${filter.status === undefined ? '' : '_status'}`;
  const text = `SELECT c.total, p.id, p.public_id, p.email, p.first_name, p.last_name, p.role, p.status, p.created_at, p.last_login_at
    FROM (SELECT count(*)::int AS total FROM roster_users WHERE ${where}) AS c
    LEFT JOIN LATERAL (
      SELECT id, public_id, email, first_name, last_name, role, status, created_at, last_login_at
      FROM roster_users WHERE ${where} AND created_at >= $3 AND (created_at > $3 OR id > $4)
      ORDER BY created_at, id LIMIT $2
    ) AS p ON true`;
  return { name, text, values };
}

export interface NewLimitUser {
  readonly tenantId: string;
  readonly publicId: string;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly passwordHash: string;
  readonly role: string;
  readonly status: string;
  readonly organizationId: number | null;
  readonly now: Date;
}

/**
 * Create in ONE statement, which PostgreSQL runs as its own transaction: take a seat and the next
 * id from the tenant's counter row (within its seat limit), and insert the user with the tenant's
 * default permissions, its root organization (unless the key names one) and, in a tenant that
 * identifies users by login, the e-mail as login; all columns as @roster/mikro-orm writes them.
 * No row back: the seat limit is reached. A unique violation: the e-mail is taken.
 */
export function insertUser(user: NewLimitUser): QueryConfig {
  return named(
    'limit_create',
    `WITH seat AS (
       UPDATE roster_tenant_counters SET user_count = user_count + 1, next_user_id = next_user_id + 1
       WHERE tenant_id = $1 AND user_count < COALESCE((SELECT seat_limit FROM roster_tenants WHERE id = $1), 2147483647)
       RETURNING next_user_id - 1 AS id
     )
     INSERT INTO roster_users (tenant_id, id, public_id, email, email_key, login, login_key, first_name, last_name,
       password_hash, role, permissions, status, organization_id, external_id, source, phone_number, live_scanner,
       subscribed_to_updates, settings, group_ids, backend_access, created_at, updated_at, last_login_at, version)
     SELECT $1, seat.id, $2, $3::text, lower($3::text),
       CASE WHEN t.identify_by = 'login' THEN $3::text END, CASE WHEN t.identify_by = 'login' THEN lower($3::text) END,
       $4, $5, $6, $7, t.default_permissions, $8, COALESCE($9::int, t.root_organization_id), NULL, 'api', NULL, false,
       true, '{"theme":"system","notifications":true}'::jsonb, '[]'::jsonb, false, $10, $10, NULL, 1
     FROM seat JOIN roster_tenants AS t ON t.id = $1
     RETURNING id`,
  )([
    user.tenantId,
    user.publicId,
    user.email,
    user.firstName,
    user.lastName,
    user.passwordHash,
    user.role,
    user.status,
    user.organizationId,
    user.now,
  ]);
}
