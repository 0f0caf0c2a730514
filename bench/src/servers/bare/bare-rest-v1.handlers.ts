import { USER_STATUSES, type User, type UserStatus } from '@roster/core';
import { json, keyWith, type BareAnswer, type BareContext } from './bare-context';
import { insertUser } from './bare-user-writer';

/** Hand-written equivalents of rest-v1's hot routes: same store calls, same JSON, minimal checks. */

const failure = (status: number, message: string): BareAnswer => json(status, { success: false, message });
const invalid = (field: string): BareAnswer =>
  json(400, { success: false, message: 'Invalid parameters', errors: { [field]: ['is invalid'] } });
const seconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const name = (user: User): string => `${user.firstName} ${user.lastName}`.trim();

function base(user: User) {
  const { publicId: id, email, role, status } = user;
  return { id, email, name: name(user), role, status, created_at: seconds(user.createdAt) };
}
const listed = (user: User) => ({ ...base(user), last_login: user.lastLoginAt === null ? null : seconds(user.lastLoginAt) });

export async function restV1GetUser(context: BareContext, authorization: string | undefined, id: string): Promise<BareAnswer> {
  const key = await keyWith(context, authorization, 'user:read');
  if (key === null) return failure(401, 'Authentication required');
  const user = await context.stores.users.findByPublicId(key.tenantId, id);
  if (user === null) return failure(404, 'User does not exist');
  const { theme, notifications } = user.settings;
  return json(200, { data: { ...listed(user), settings: { theme, notifications } } });
}

export interface ListQuery {
  readonly page?: string;
  readonly limit?: string;
  readonly status?: string;
  readonly role?: string;
}

export async function restV1ListUsers(context: BareContext, authorization: string | undefined, query: ListQuery): Promise<BareAnswer> {
  const key = await keyWith(context, authorization, 'user:read');
  if (key === null) return failure(401, 'Authentication required');
  const page = query.page === undefined ? 1 : Number(query.page);
  const limit = query.limit === undefined ? 20 : Number(query.limit);
  if (!Number.isSafeInteger(page) || page < 1) return invalid('page');
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > 100) return invalid('limit');
  if (query.status !== undefined && !USER_STATUSES.includes(query.status as UserStatus)) return invalid('status');
  const result = await context.stores.users.list({
    tenantId: key.tenantId,
    offset: (page - 1) * limit,
    limit,
    ...(query.status === undefined ? {} : { status: query.status as UserStatus }),
    ...(query.role === undefined ? {} : { role: query.role }),
  });
  const total = result.total ?? 0;
  const meta = { total, page, limit, pages: Math.ceil(total / limit) };
  return json(200, { data: result.items.map(listed), meta });
}

export async function restV1CreateUser(context: BareContext, authorization: string | undefined, body: unknown): Promise<BareAnswer> {
  const key = await keyWith(context, authorization, 'user:manage');
  if (key === null) return failure(401, 'Authentication required');
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { email, name: fullName, password } = input;
  if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return invalid('email');
  if (typeof fullName !== 'string' || fullName.length < 1 || fullName.length > 255) return invalid('name');
  if (password !== undefined && (typeof password !== 'string' || password.length < 8)) return invalid('password');
  const tenant = await context.stores.tenants.findTenantById(key.tenantId);
  if (tenant === null) return failure(401, 'Authentication required');
  const space = fullName.trim().indexOf(' ');
  const [firstName, lastName] = space < 0 ? [fullName.trim(), ''] : [fullName.slice(0, space), fullName.slice(space + 1).trim()];
  const user = await insertUser(context, tenant, {
    email,
    firstName,
    lastName,
    role: 'user',
    status: 'pending',
    ...(password === undefined ? {} : { password }),
  });
  if (user === 'taken') return failure(409, 'Email already in use');
  return json(201, { data: base(user) });
}
