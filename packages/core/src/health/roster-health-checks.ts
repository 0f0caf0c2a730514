import type { RateLimiterFactory } from '../ports';
import type { RosterStores } from '../roster.types';
import type { HealthCheck } from './health.types';

/** No tenant has this id (ids are the host's strings; this one is reserved for the probe). */
const PROBE_TENANT_ID = '\u0000roster-health-probe';

/**
 * What readiness looks at: the database through the stores (`ping`, or for a host's stores
 * without one, a tenant lookup that finds nothing but reaches the store), and the limiters'
 * shared store when they have one (`RateLimiterFactory.ping`).
 */
export function rosterHealthChecks(stores: RosterStores, limiters: RateLimiterFactory): HealthCheck[] {
  const database: HealthCheck = {
    name: 'database',
    check: async () => {
      if (stores.ping) await stores.ping();
      else await stores.tenants.findTenantById(PROBE_TENANT_ID);
    },
  };
  const ping = limiters.ping?.bind(limiters);
  return ping ? [database, { name: 'limits', check: ping }] : [database];
}
