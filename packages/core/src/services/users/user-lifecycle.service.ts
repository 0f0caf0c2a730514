import { inject, injectable } from 'tsyringe';
import {
  purgeDueAt,
  retentionDaysOf,
  toUserView,
  type Actor,
  type DeletedUser,
  type RoleCatalog,
  type Tenant,
  type User,
  type UserView,
} from '../../domain';
import { RosterError } from '../../errors';
import { AuditRecorder } from '../../audit/audit-recorder';
import { TOKENS, type Clock, type TenantStore, type TransactionalStores, type UnitOfWork } from '../../ports';
import { inScope, requireVersion } from '../../rules';
import type { DeleteUserOptions } from '../user-service.types';
import type { DeletedUserListResult, DeletedUserView, ListDeletedUsersInput, UserLifecycleApi } from './user-lifecycle.types';
import { UserNotifier } from './user-notifier';
import { requireCanActOn, requirePermission } from './user-policy';
import { UserScope, type TenantScope } from './user-scope';

const notFound = (): RosterError => new RosterError('USER_NOT_FOUND', 'no such user');

/** Soft delete, restore and purge of users (docs/dialects/admin.md, "Soft delete, restore and purge"). */
@injectable()
export class UserLifecycleService implements UserLifecycleApi {
  constructor(
    @inject(TOKENS.RoleCatalog) private readonly catalog: RoleCatalog,
    @inject(TOKENS.UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(TOKENS.TenantStore) private readonly tenants: TenantStore,
    @inject(TOKENS.Clock) private readonly clock: Clock,
    @inject(UserScope) private readonly scope: UserScope,
    @inject(UserNotifier) private readonly notifier: UserNotifier,
    @inject(AuditRecorder) private readonly audit: AuditRecorder,
  ) {}

  async softDelete(actor: Actor, publicId: string, options: DeleteUserOptions = {}): Promise<void> {
    requirePermission(actor, 'user:manage');
    const scope = await this.scope.load(actor);
    const user = await this.scope.findVisible(actor, scope, { publicId });
    requireCanActOn(this.catalog, actor, user, scope.organizations);
    requireVersion(user, options.expectedVersion);
    await this.unitOfWork.run(async (stores) => {
      const deletedAt = this.clock.now();
      if (!(await stores.users.delete(user.tenantId, user.id, options.expectedVersion, deletedAt))) throw notFound();
      await stores.tenants.releaseSeat(user.tenantId);
      await stores.deletedUsers.insert({ user, deletedAt });
      await this.audit.append(stores, { type: 'user.deleted', tenantId: user.tenantId, actor, target: targetOf(user) });
    });
    this.notifier.emit('user.deleted', user);
  }

  async restore(actor: Actor, publicId: string): Promise<UserView> {
    requirePermission(actor, 'user:manage');
    const tenant = await this.scope.tenant(actor);
    const scope = await this.scope.load(actor);
    const entry = await this.findRestorable(actor, scope, tenant, publicId);
    await this.scope.requireOrganization(actor, scope, entry.user.organizationId);
    // Memberships of groups deleted meanwhile are dropped; the rest come back.
    const groups = new Set((await this.tenants.listGroups(tenant.id)).map((group) => group.id));
    const restored: User = {
      ...entry.user,
      groupIds: entry.user.groupIds.filter((id) => groups.has(id)),
      version: entry.user.version + 1,
      updatedAt: this.clock.now(),
    };
    await this.unitOfWork.run(async (stores) => {
      if (!(await stores.deletedUsers.remove(tenant.id, restored.id))) throw notFound();
      // A restored user takes a seat again (and, as a create does, one number of the id sequence: its own id comes back).
      if ((await stores.tenants.allocateUser(tenant.id, tenant.seatLimit)) === null) {
        throw new RosterError('SEAT_LIMIT_REACHED', "the tenant's seat limit is reached");
      }
      await stores.users.insert(restored);
      await this.audit.append(stores, { type: 'user.restored', tenantId: tenant.id, actor, target: targetOf(restored) });
    });
    this.notifier.emit('user.created', restored);
    return toUserView(restored);
  }

  async purge(actor: Actor, publicId: string): Promise<void> {
    requirePermission(actor, 'user:manage');
    const scope = await this.scope.load(actor);
    const live = await this.scope.findVisible(actor, scope, { publicId }).catch((error: unknown) => {
      if (error instanceof RosterError && error.code === 'USER_NOT_FOUND') return null;
      throw error;
    });
    if (live !== null) {
      requireCanActOn(this.catalog, actor, live, scope.organizations);
      await this.unitOfWork.run(async (stores) => {
        if (!(await stores.users.delete(live.tenantId, live.id, undefined, this.clock.now()))) throw notFound();
        await stores.tenants.releaseSeat(live.tenantId);
        await this.audit.append(stores, { type: 'user.purged', tenantId: live.tenantId, actor, target: targetOf(live) });
      });
      this.notifier.emit('user.deleted', live);
      return;
    }
    const entry = await this.findDeleted(actor, scope, publicId);
    await this.unitOfWork.run(async (stores) => {
      if (!(await stores.deletedUsers.remove(entry.user.tenantId, entry.user.id))) throw notFound();
      await this.audit.append(stores, { type: 'user.purged', tenantId: entry.user.tenantId, actor, target: targetOf(entry.user) });
    });
  }

  async listDeleted(actor: Actor, input: ListDeletedUsersInput): Promise<DeletedUserListResult> {
    requirePermission(actor, 'user:manage');
    const tenant = await this.scope.tenant(actor);
    const scope = await this.scope.load(actor);
    const page = await this.unitOfWork.run((stores) =>
      stores.deletedUsers.list({ tenantId: tenant.id, limit: input.limit, ...(input.after === undefined ? {} : { after: input.after }) }),
    );
    // An organization-bound actor sees the entries of its subtree only; `total` then counts the tenant's.
    const items = page.items.filter((entry) => inScope(actor, entry.user.organizationId, scope.organizations));
    const last = page.items.at(-1);
    const next = page.hasMore && last !== undefined ? { createdAt: last.user.createdAt, id: last.user.id } : null;
    const days = retentionDaysOf(tenant);
    return { items: items.map((entry) => viewOf(entry, days)), total: page.total, next };
  }

  /** The entry the actor may act on, USER_NOT_FOUND otherwise (also past retention: such an entry is as good as purged). */
  private async findRestorable(actor: Actor, scope: TenantScope, tenant: Tenant, publicId: string): Promise<DeletedUser> {
    const entry = await this.findDeleted(actor, scope, publicId);
    if (purgeDueAt(entry.deletedAt, retentionDaysOf(tenant)).getTime() <= this.clock.now().getTime()) throw notFound();
    return entry;
  }

  private async findDeleted(actor: Actor, scope: TenantScope, publicId: string): Promise<DeletedUser> {
    const entry = await this.unitOfWork.run((stores: TransactionalStores) => stores.deletedUsers.findByPublicId(actor.tenantId, publicId));
    if (entry === null || !inScope(actor, entry.user.organizationId, scope.organizations)) throw notFound();
    requireCanActOn(this.catalog, actor, entry.user, scope.organizations);
    return entry;
  }
}

function targetOf(user: Pick<User, 'id'>): { kind: 'user'; id: string } {
  return { kind: 'user', id: String(user.id) };
}

function viewOf(entry: DeletedUser, retentionDays: number): DeletedUserView {
  return { user: toUserView(entry.user), deletedAt: entry.deletedAt, purgeAt: purgeDueAt(entry.deletedAt, retentionDays) };
}
