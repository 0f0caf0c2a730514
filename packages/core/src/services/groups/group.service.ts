import { inject, injectable } from 'tsyringe';
import type { Actor, Group } from '../../domain';
import { TOKENS, type TenantStore } from '../../ports';
import type { GroupListQuery, GroupServiceApi } from '../../roster.types';
import { inScope } from '../../rules';
import { requirePermission } from '../users/user-policy';

/**
 * A tenant's groups as an actor may see them: `user:read`, and (for an organization-bound actor)
 * only the groups of organizations in its subtree, the scope `assignGroups` applies to memberships.
 */
@injectable()
export class GroupService implements GroupServiceApi {
  constructor(@inject(TOKENS.TenantStore) private readonly tenants: TenantStore) {}

  async list(actor: Actor, query: GroupListQuery = {}): Promise<readonly Group[]> {
    requirePermission(actor, 'user:read');
    const { tenantId } = actor;
    const found = query.name === undefined ? this.tenants.listGroups(tenantId) : this.tenants.findGroupsByName(tenantId, query.name);
    const [groups, organizations] = await Promise.all([found, this.organizationsOf(actor)]);
    return groups.filter((group) => inScope(actor, group.organizationId, organizations));
  }

  async find(actor: Actor, id: number): Promise<Group | null> {
    requirePermission(actor, 'user:read');
    if (!Number.isSafeInteger(id)) return null;
    const group = await this.tenants.findGroup(actor.tenantId, id);
    if (group === null) return null;
    return inScope(actor, group.organizationId, await this.organizationsOf(actor)) ? group : null;
  }

  private async organizationsOf(actor: Actor) {
    return actor.scopeOrganizationId === null ? [] : this.tenants.listOrganizations(actor.tenantId);
  }
}
