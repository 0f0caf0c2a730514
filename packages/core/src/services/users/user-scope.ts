import { inject, injectable } from 'tsyringe';
import { normalizeEmail, type Actor, type Organization, type Tenant, type User } from '../../domain';
import { RosterError } from '../../errors';
import { TOKENS, type TenantStore, type UserStore } from '../../ports';
import { inScope, subtreeOf } from '../../rules';
import type { UserRef } from '../user-service.types';

/**
 * What the actor's scope needs, loaded once per operation: the organization tree for an
 * organization-bound actor; nothing for a tenant-wide one, whose scope is the whole tenant.
 */
export interface TenantScope {
  readonly tenantId: string;
  /** Empty for a tenant-wide actor (its scope checks need no tree). */
  readonly organizations: readonly Organization[];
}

/** Finds tenants, users and organizations as the actor is allowed to see them. */
@injectable()
export class UserScope {
  constructor(
    @inject(TOKENS.TenantStore) private readonly tenants: TenantStore,
    @inject(TOKENS.UserStore) private readonly users: UserStore,
  ) {}

  async load(actor: Actor): Promise<TenantScope> {
    const { tenantId } = actor;
    if (actor.scopeOrganizationId === null) return { tenantId, organizations: [] };
    return { tenantId, organizations: await this.tenants.listOrganizations(tenantId) };
  }

  /** The tenant's organization tree (for a bound actor, `load` has it already). */
  organizations(actor: Actor): Promise<readonly Organization[]> {
    return this.tenants.listOrganizations(actor.tenantId);
  }

  /** The actor's tenant (TENANT_NOT_FOUND without one); the store port caches it. */
  async tenant(actor: Actor): Promise<Tenant> {
    const tenant = await this.tenants.findTenantById(actor.tenantId);
    if (tenant === null) throw new RosterError('TENANT_NOT_FOUND', 'the actor has no tenant');
    return tenant;
  }

  /** The user, or USER_NOT_FOUND when it does not exist or lies outside the actor's scope. */
  async findVisible(actor: Actor, scope: TenantScope, ref: UserRef): Promise<User> {
    const user = await this.find(scope.tenantId, ref);
    if (user === null || !inScope(actor, user.organizationId, scope.organizations)) {
      throw new RosterError('USER_NOT_FOUND', 'no such user');
    }
    return user;
  }

  /**
   * ORGANIZATION_NOT_FOUND when the tenant has no such organization, OUT_OF_SCOPE outside the
   * actor's subtree. A tenant-wide actor's scope holds no tree: the store is asked for this one.
   */
  async requireOrganization(actor: Actor, scope: TenantScope, organizationId: number): Promise<void> {
    if (actor.scopeOrganizationId === null) {
      const found = Number.isSafeInteger(organizationId) && (await this.tenants.findOrganization(scope.tenantId, organizationId));
      if (!found) throw new RosterError('ORGANIZATION_NOT_FOUND', `no organization ${organizationId}`);
      return;
    }
    if (!scope.organizations.some((organization) => organization.id === organizationId)) {
      throw new RosterError('ORGANIZATION_NOT_FOUND', `no organization ${organizationId}`);
    }
    if (!inScope(actor, organizationId, scope.organizations)) {
      throw new RosterError('OUT_OF_SCOPE', `organization ${organizationId} is outside the actor's scope`);
    }
  }

  /** The organizations the actor may see, or undefined for the whole tenant. */
  visibleOrganizationIds(actor: Actor, scope: TenantScope): readonly number[] | undefined {
    if (actor.scopeOrganizationId === null) return undefined;
    return [...subtreeOf(scope.organizations, actor.scopeOrganizationId)];
  }

  private async find(tenantId: string, ref: UserRef): Promise<User | null> {
    if ('id' in ref) {
      return Number.isSafeInteger(ref.id) && ref.id > 0 ? this.users.findById(tenantId, ref.id) : null;
    }
    if ('publicId' in ref) {
      return typeof ref.publicId === 'string' ? this.users.findByPublicId(tenantId, ref.publicId) : null;
    }
    return typeof ref.email === 'string' ? this.users.findByEmail(tenantId, normalizeEmail(ref.email)) : null;
  }
}
