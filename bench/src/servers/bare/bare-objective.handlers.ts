import type { User } from '@roster/core';
import { json, keyWith, type BareAnswer, type BareContext } from './bare-context';
import { insertUser } from './bare-user-writer';

/** Hand-written equivalents of objective's hot routes (Laravel-style JSON). */

const FORBIDDEN = json(403, {});
const laravel = (date: Date): string => date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');

function view(user: User) {
  return {
    id: user.id,
    email: user.email,
    first_name: user.firstName,
    last_name: user.lastName,
    external_id: user.externalId,
    source: user.source,
    phone_number: user.phoneNumber,
    live_scanner: user.liveScanner,
    role: user.role === 'user' ? 'Member' : user.role,
    created_at: laravel(user.createdAt),
    updated_at: laravel(user.updatedAt),
  };
}

export async function objectiveGetUser(context: BareContext, authorization: string | undefined, id: string): Promise<BareAnswer> {
  const key = await keyWith(context, authorization, 'user:read');
  if (key === null) return FORBIDDEN;
  const user = /^\d+$/.test(id) ? await context.stores.users.findById(key.tenantId, Number(id)) : null;
  return user === null ? json(404, { error: 'User not found' }) : json(200, view(user));
}

const invalid = (message: string): BareAnswer => json(422, { message: 'The given data was invalid.', errors: { email: [message] } });

/**
 * The `unique` rule is a lookup before the insert, as Laravel's validator does it (the answer
 * must be a 422 naming the field, before anything is written).
 */
export async function objectiveCreateUser(context: BareContext, authorization: string | undefined, body: unknown): Promise<BareAnswer> {
  const key = await keyWith(context, authorization, 'user:manage');
  if (key === null) return FORBIDDEN;
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { email, first_name: firstName, last_name: lastName, password } = input;
  if (typeof email !== 'string' || email === '') return invalid('The email field is required.');
  if (!/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(email)) return invalid('The email field must be a valid email address.');
  const tenant = await context.stores.tenants.findTenantById(key.tenantId);
  if (tenant === null) return FORBIDDEN;
  if ((await context.stores.users.findByEmail(tenant.id, email.trim().toLowerCase())) !== null) {
    return invalid('The email has already been taken.');
  }
  const user = await insertUser(context, tenant, {
    email,
    firstName: typeof firstName === 'string' ? firstName : 'Student',
    lastName: typeof lastName === 'string' ? lastName : 'Member',
    role: 'user',
    status: 'active',
    ...(typeof password === 'string' ? { password } : {}),
  });
  if (user === 'taken') return invalid('The email has already been taken.');
  return json(201, { message: 'User created successfully', user_id: user.id });
}
