import { PERMISSIONS, type Actor, type RoleCatalog } from '../../domain';
import { RosterError } from '../../errors';

/**
 * The actor the host's operator acts as inside one tenant: the catalog's highest-ranked role,
 * every permission, the whole tenant. For code that holds the database itself (the `roster`
 * CLI, a host's own operator routes) and never reachable from a tenant credential: no API key or
 * user ever yields it (actor-factory.ts builds those), so a tenant cannot escalate to it.
 */
export function operatorActor(catalog: RoleCatalog, tenantId: string): Actor {
  const top = [...catalog.roles].sort((a, b) => b.rank - a.rank).at(0);
  if (top === undefined) throw new RosterError('CONFIGURATION_INVALID', 'the role catalog has no role');
  return {
    tenantId,
    kind: 'operator',
    id: 'operator',
    role: top.name,
    permissions: new Set(PERMISSIONS),
    scopeOrganizationId: null,
    organizationId: null,
  };
}
