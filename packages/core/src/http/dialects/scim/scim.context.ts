import type { Actor, Tenant } from '../../../domain';
import { RosterError } from '../../../errors';
import type { Roster } from '../../../roster.types';
import { hasPermission } from '../../../rules';
import { authenticateBearer } from '../../bearer-auth';
import type { RouteHandler } from '../../dialect-plugin';
import type { RouteContext, RosterResponse } from '../../http.types';

/** What the route handlers share. */
export interface ScimContext {
  readonly roster: Roster;
  /** The mount point without a trailing slash, which `meta.location` starts with. */
  readonly base: string;
  readonly maxResults: number;
  /** What POST /Bulk takes at most (ServiceProviderConfig `bulk`). */
  readonly bulk: ScimBulkLimits;
}

export interface ScimBulkLimits {
  readonly maxOperations: number;
  /** In bytes, the body as sent. */
  readonly maxPayloadSize: number;
}

export type ProvisioningHandler = (actor: Actor, tenant: Tenant, route: RouteContext) => Promise<RosterResponse>;

/**
 * A route for an identity provider: `Authorization: Bearer <tenant API key>` (401 otherwise), and
 * the key holds `scim:provision` or `user:manage` (403 otherwise). Everything else (role
 * hierarchy, organization scope, seats) is the core services' to decide.
 */
export function provisioning(context: ScimContext, handler: ProvisioningHandler): RouteHandler {
  return async (route) => {
    const actor = await authenticateBearer(context.roster, route.request);
    if (!hasPermission(actor, 'scim:provision') && !hasPermission(actor, 'user:manage')) {
      throw new RosterError('PERMISSION_DENIED', 'the key holds neither scim:provision nor user:manage');
    }
    const tenant = await context.roster.tenants.findById(actor.tenantId);
    if (tenant === null) throw new RosterError('TENANT_NOT_FOUND', 'the key names no tenant');
    return handler(actor, tenant, route);
  };
}
