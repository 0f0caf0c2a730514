import type { Tenant } from '../../../domain';
import type { Roster } from '../../../roster.types';
import type { RosterRequest } from '../../http.types';
import type { CourselitDialectOptions } from './courselit.options';

/**
 * Step 1: the tenant whose `name` equals the `domain` header exactly (case-sensitive), or,
 * with `tenantFrom: 'host'`, the `Host` header without its port. Missing or empty → null.
 */
export async function findCourselitTenant(
  roster: Roster,
  options: CourselitDialectOptions,
  request: RosterRequest,
): Promise<Tenant | null> {
  const name =
    options.tenantFrom === 'host'
      ? (request.headers['host'] ?? '').replace(/:\d*$/, '')
      : (request.headers['domain'] ?? '');
  return name === '' ? null : roster.tenants.findByName(name);
}
