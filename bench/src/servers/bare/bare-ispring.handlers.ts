import { normalizeAccountUrl, type Tenant, type User } from '@roster/core';
import { text, type BareAnswer, type BareContext } from './bare-context';
import { insertUser } from './bare-user-writer';

/** Hand-written equivalents of ispring's hot routes: password auth per request, XML by hand. */

type Headers = Readonly<Record<string, string | string[] | undefined>>;
const STAFF = new Set(['owner', 'administrator', 'organizationAdministrator']);
const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

/** The tenant and acting user, or the 401/403 answer (account URL, e-mail, password headers). */
async function signIn(context: BareContext, headers: Headers): Promise<{ tenant: Tenant } | BareAnswer> {
  const url = header(headers, 'x-auth-account-url');
  const email = header(headers, 'x-auth-email');
  const password = header(headers, 'x-auth-password');
  const unauthorized = text(401, 'Unauthorized');
  if (!url || !email || !password) return unauthorized;
  const normalized = normalizeAccountUrl(url);
  const tenant = normalized === null ? null : await context.stores.tenants.findTenantByAccountUrl(normalized);
  if (tenant === null) return unauthorized;
  const actor = await context.stores.users.findByEmail(tenant.id, email.trim().toLowerCase());
  if (actor?.passwordHash == null || actor.status !== 'active') return unauthorized;
  if (!(await context.hasher.verify(actor.passwordHash, password))) return unauthorized;
  if (!STAFF.has(actor.role)) return text(403, 'Permission Denied');
  return { tenant };
}

const escape = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

function profile(user: User): string {
  const groups = user.groupIds.map((id) => `<id>${id}</id>`).join('');
  return (
    `<userProfile><userId>${user.id}</userId><status>${user.status === 'active' ? 1 : 3}</status>` +
    `<role>${escape(user.role)}</role><organizationId>${user.organizationId}</organizationId><groups>${groups}</groups>` +
    `<fields><login>${escape(user.login ?? '')}</login><first_name>${escape(user.firstName)}</first_name>` +
    `<last_name>${escape(user.lastName)}</last_name><email>${escape(user.email ?? '')}</email></fields></userProfile>`
  );
}

const xml = (body: string, headers: Record<string, string> = {}): BareAnswer => ({
  status: 200,
  type: 'xml',
  body: DECLARATION + body,
  headers,
});

export async function ispringGetUser(context: BareContext, headers: Headers, id: string): Promise<BareAnswer> {
  const signedIn = await signIn(context, headers);
  if ('status' in signedIn) return signedIn;
  const user = /^\d+$/.test(id) ? await context.stores.users.findById(signedIn.tenant.id, Number(id)) : null;
  return user === null ? text(404, 'Unknown User') : xml(profile(user));
}

/** At most 1000 users per answer, like the dialect's default `listLimit`. */
export async function ispringListUsers(context: BareContext, headers: Headers): Promise<BareAnswer> {
  const signedIn = await signIn(context, headers);
  if ('status' in signedIn) return signedIn;
  const page = await context.stores.users.list({ tenantId: signedIn.tenant.id, offset: 0, limit: 1000 });
  return xml(`<users>${page.items.map(profile).join('')}</users>`, { 'X-Total-Count': String(page.total) });
}

export async function ispringCreateUser(context: BareContext, headers: Headers): Promise<BareAnswer> {
  const signedIn = await signIn(context, headers);
  if ('status' in signedIn) return signedIn;
  const email = header(headers, 'x-email');
  if (email === undefined || !/^[^\s@]+@[^\s@]+$/.test(email)) return text(400, 'Bad Request');
  const password = header(headers, 'x-password');
  const user = await insertUser(context, signedIn.tenant, {
    email,
    firstName: '',
    lastName: '',
    role: 'user',
    status: 'active',
    ...(password === undefined ? {} : { password }),
  });
  return user === 'taken'
    ? text(409, 'User with the same email is already registered.')
    : { status: 201, type: 'text', body: String(user.id) };
}
