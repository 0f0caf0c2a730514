import { randomBytes } from 'node:crypto';
import {
  DEFAULT_ROLE_CATALOG,
  effectivePermissions,
  profileSchemaOf,
  profileValuesOf,
  type IdentifyBy,
  type PasswordHasher,
  type Permission,
  type ProfileField,
} from '@roster/core';
import { decodeRestV1Cursor, encodeRestV1Cursor } from '@roster/core/http';
import type { Pool } from 'pg';
import { sha256 } from '../bare/bare-context';
import { insertUser, keyBySecretHash, listAfter, listPage, userByPublicId, type ListFilter } from './limit-queries';

/**
 * The least work rest-v1's three hot answers need, straight on `pg`: one key lookup, then one
 * statement (the read, the page with its total, or the create as a single-statement transaction),
 * and the JSON written by hand. Only tenant-wide keys (the bench's); a key bound to an organization
 * would need the subtree, which the limit leaves out (501).
 */

export interface LimitContext {
  readonly pool: Pool;
  readonly hasher: PasswordHasher;
}

export interface LimitAnswer {
  readonly status: number;
  readonly body: string;
}

interface KeyRow {
  readonly tenant_id: string;
  readonly role: string;
  readonly permissions: Permission[];
  readonly organization_id: number | null;
  readonly identify_by: IdentifyBy;
  readonly profile_fields: ProfileField[] | null;
}

interface UserRow {
  readonly public_id: string;
  readonly email: string | null;
  readonly first_name: string;
  readonly last_name: string;
  readonly role: string;
  readonly status: string;
  readonly created_at: Date;
  readonly last_login_at: Date | null;
}

const json = (status: number, value: unknown): LimitAnswer => ({ status, body: JSON.stringify(value) });
const failure = (status: number, message: string): LimitAnswer => json(status, { success: false, message });
const invalid = (field: string): LimitAnswer =>
  json(400, { success: false, message: 'Invalid parameters', errors: { [field]: ['is invalid'] } });
const UNAUTHENTICATED = failure(401, 'Authentication required');
const seconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function base(row: UserRow) {
  const name = `${row.first_name} ${row.last_name}`.trim();
  return { id: row.public_id, email: row.email, name, role: row.role, status: row.status, created_at: seconds(row.created_at) };
}
const listed = (row: UserRow) => ({ ...base(row), last_login: row.last_login_at === null ? null : seconds(row.last_login_at) });

/** The key a Bearer header names and holds the permission, or the answer refusing it. */
async function keyWith(context: LimitContext, authorization: string | undefined, permission: Permission): Promise<KeyRow | LimitAnswer> {
  const secret = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
  if (secret === '') return UNAUTHENTICATED;
  const key = (await context.pool.query<KeyRow>(keyBySecretHash([sha256(secret)]))).rows[0];
  if (key === undefined || !effectivePermissions(DEFAULT_ROLE_CATALOG, key.role, key.permissions).has(permission)) return UNAUTHENTICATED;
  return key.organization_id === null ? key : failure(501, 'The limit baseline serves tenant-wide keys only');
}

export async function limitGetUser(context: LimitContext, authorization: string | undefined, publicId: string): Promise<LimitAnswer> {
  const key = await keyWith(context, authorization, 'user:read');
  if ('status' in key) return key;
  const row = (await context.pool.query<OneUserRow>(userByPublicId([key.tenant_id, publicId]))).rows[0];
  if (row === undefined) return failure(404, 'User does not exist');
  const { theme, notifications } = row.settings;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- the driver may answer a boolean column as 0/1
  return json(200, { data: { ...listed(row), settings: { theme, notifications: Boolean(notifications) }, profile: profileOf(key, row) } });
}

interface OneUserRow extends UserRow {
  readonly login: string | null;
  readonly settings: { theme: string; notifications: boolean };
  readonly phone_number: string | null;
  readonly profile: Record<string, string> | null;
}

/** rest-v1's `profile`: the values kept beside the named columns, in the tenant's schema order. */
function profileOf(key: KeyRow, row: OneUserRow): Record<string, string> {
  const schema = profileSchemaOf({ identifyBy: key.identify_by, profileFields: key.profile_fields ?? [] });
  const user = {
    login: row.login,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    phoneNumber: row.phone_number,
    profile: row.profile ?? {},
  };
  const values = profileValuesOf(user, schema).filter(([field]) => field.storage === 'profile' || field.storage === 'phoneNumber');
  return Object.fromEntries(values.map(([field, value]) => [field.name, value]));
}

const STATUSES = new Set(['active', 'inactive', 'pending']);

export async function limitListUsers(
  context: LimitContext,
  authorization: string | undefined,
  query: URLSearchParams,
): Promise<LimitAnswer> {
  const key = await keyWith(context, authorization, 'user:read');
  if ('status' in key) return key;
  if (query.has('after')) return limitListAfter(context, key, query);
  const page = Number(query.get('page') ?? 1);
  const limit = Number(query.get('limit') ?? 20);
  if (!Number.isSafeInteger(page) || page < 1) return invalid('page');
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > 100) return invalid('limit');
  const role = query.get('role') ?? undefined;
  const status = query.get('status') ?? undefined;
  if (status !== undefined && !STATUSES.has(status)) return invalid('status');
  const filter: ListFilter = { ...(role === undefined ? {} : { role }), ...(status === undefined ? {} : { status }) };
  const { rows } = await context.pool.query<{ total: number } & UserRow>(listPage(key.tenant_id, filter, limit, (page - 1) * limit));
  const total = rows[0]?.total ?? 0;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the column is nullable (rows made by the limit server before an id is set), though typed string
  const data = rows.filter((row) => row.public_id !== null).map(listed);
  return json(200, { data, meta: { total, page, limit, pages: Math.ceil(total / limit) } });
}

/** A cursor walk (`after`): the keyset page, `meta` `{total, limit, next}` as Roster answers it. */
async function limitListAfter(context: LimitContext, key: KeyRow, query: URLSearchParams): Promise<LimitAnswer> {
  const limit = Number(query.get('limit') ?? 20);
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > 100 || query.has('page')) return invalid('limit');
  const role = query.get('role') ?? undefined;
  const status = query.get('status') ?? undefined;
  if (status !== undefined && !STATUSES.has(status)) return invalid('status');
  const filter: ListFilter = { ...(role === undefined ? {} : { role }), ...(status === undefined ? {} : { status }) };
  const cursor = query.get('after') ?? '';
  const reading = cursor === '' ? null : decodeRestV1Cursor(cursor, filter as { role?: string; status?: 'active' });
  if (reading !== null && !reading.ok) return invalid('after');
  const start = reading?.position ?? { createdAt: new Date('0001-01-01T00:00:00Z'), id: 0 };
  const { rows } = await context.pool.query<{ total: number; id: number } & UserRow>(listAfter(key.tenant_id, filter, limit, start));
  const total = rows[0]?.total ?? 0;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the column is nullable (rows made by the limit server before an id is set), though typed string
  const found = rows.filter((row) => row.public_id !== null);
  const last = found.length > limit ? found[limit - 1] : undefined;
  const next =
    last === undefined
      ? null
      : encodeRestV1Cursor({ createdAt: last.created_at, id: last.id }, filter as { role?: string; status?: 'active' });
  return json(200, { data: found.slice(0, limit).map(listed), meta: { total, limit, next } });
}

const PUBLIC_ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `usr_` + 16 alphanumerics, like the core's ids (rejection sampling keeps characters uniform). */
function publicUserId(): string {
  let suffix = '';
  while (suffix.length < 16) {
    for (const byte of randomBytes(24)) if (byte < 248 && suffix.length < 16) suffix += PUBLIC_ID_ALPHABET[byte % 62] ?? '';
  }
  return `usr_${suffix}`;
}

export async function limitCreateUser(context: LimitContext, authorization: string | undefined, body: unknown): Promise<LimitAnswer> {
  const key = await keyWith(context, authorization, 'user:manage');
  if ('status' in key) return key;
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { email, name, password } = input;
  if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return invalid('email');
  if (typeof name !== 'string' || name.trim().length < 1 || name.length > 255) return invalid('name');
  if (password !== undefined && (typeof password !== 'string' || password.length < 8)) return invalid('password');
  const trimmed = name.trim();
  const space = trimmed.indexOf(' ');
  const [firstName, lastName] = space < 0 ? [trimmed, ''] : [trimmed.slice(0, space), trimmed.slice(space + 1).trim()];
  // As Roster does: a password nobody knows is generated and hashed when none is given.
  const passwordHash = await context.hasher.hash(typeof password === 'string' ? password : randomBytes(12).toString('base64url'));
  const user = {
    tenantId: key.tenant_id,
    publicId: publicUserId(),
    email: email.trim().toLowerCase(),
    firstName,
    lastName,
    passwordHash,
    role: 'user',
    status: 'pending',
    organizationId: key.organization_id,
    now: new Date(),
  };
  try {
    const { rowCount } = await context.pool.query(insertUser(user));
    if (rowCount === 0) return failure(403, 'User limit reached');
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return failure(409, 'Email already in use');
    throw error;
  }
  const created = {
    public_id: user.publicId,
    email: user.email,
    first_name: firstName,
    last_name: lastName,
    role: 'user',
    status: 'pending',
    created_at: user.now,
  };
  return json(201, { data: base({ ...created, last_login_at: null }) });
}
