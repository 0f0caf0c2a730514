import { createHash } from 'node:crypto';
import { json, sha256, type BareAnswer, type BareContext } from './bare-context';
import { insertUser } from './bare-user-writer';

/** Hand-written equivalent of CourseLit's POST /api/user: school by `domain`, key in the body. */
export async function courselitCreateUser(context: BareContext, domain: string | undefined, body: unknown): Promise<BareAnswer> {
  const tenant = domain === undefined ? null : await context.stores.tenants.findTenantByName(domain);
  if (tenant === null) return json(404, { message: 'Domain not found' });
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return json(400, { message: 'Bad request' });
  const { apikey, email, name } = body as Record<string, unknown>;
  if (typeof apikey !== 'string' || apikey === '') return json(400, { message: 'Bad request' });
  const key = await context.stores.apiKeys.findBySecretHash(sha256(apikey));
  if (key?.tenantId !== tenant.id) return json(401, { message: 'Unauthorized' });
  if (typeof email !== 'string' || email === '') return json(400, { message: 'Bad request' });
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return json(400, { message: 'Invalid email format' });
  const fullName = typeof name === 'string' ? name.trim() : '';
  const space = fullName.indexOf(' ');
  const user = await insertUser(context, tenant, {
    email,
    firstName: space < 0 ? fullName : fullName.slice(0, space),
    lastName: space < 0 ? '' : fullName.slice(space + 1),
    role: 'user',
    status: 'active',
  });
  if (user === 'taken') return json(400, { error: 'The user already exists' });
  return json(200, { email: createHash('md5').update(email).digest('hex') });
}
