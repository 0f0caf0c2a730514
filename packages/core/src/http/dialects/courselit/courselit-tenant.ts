import type { Tenant } from '../../../domain';
import type { Roster } from '../../../roster.types';
import type { RosterRequest } from '../../http.types';
import type { CourselitDialectOptions } from './courselit.options';

/**
 * Step 1. By default: a `domain` header names the tenant exactly (case-sensitive; empty → null);
 * without one, the `Host` header (port stripped, case-insensitive) is looked up among the
 * tenants' `hosts`. With `tenantFrom: 'host'` the `domain` header is ignored and the `Host`
 * matches a tenant's `hosts`, else its name. Nothing found → null (404 Domain not found).
 */
export async function findCourselitTenant(
  roster: Roster,
  options: CourselitDialectOptions,
  request: RosterRequest,
): Promise<Tenant | null> {
  const host = request.headers['host'];
  if (options.tenantFrom === 'host') {
    const byHost = host === undefined ? null : await roster.tenants.findByHost(host);
    const name = (host ?? '').replace(/:\d*$/, '');
    return byHost ?? (name === '' ? null : roster.tenants.findByName(name));
  }
  const domain = request.headers['domain'];
  if (domain !== undefined) return domain === '' ? null : roster.tenants.findByName(domain);
  return host === undefined ? null : roster.tenants.findByHost(host);
}
