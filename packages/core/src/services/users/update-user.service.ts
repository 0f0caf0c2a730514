import { inject, injectable } from 'tsyringe';
import { toUserView, type Actor, type RoleCatalog } from '../../domain';
import { RosterError } from '../../errors';
import { AuditRecorder } from '../../audit/audit-recorder';
import { updateEventType, userChanges } from '../../audit/audit-changes';
import { TOKENS, type Clock, type PasswordHasher, type TenantStore, type UnitOfWork, type UserStore } from '../../ports';
import type { UpdateUserInput, UpdateUserOptions, UserRef, UserWriteResult } from '../user-service.types';
import { requireVersion } from '../../rules';
import { assignGroups, type GroupAssignment } from './group-assignment';
import { UserNotifier } from './user-notifier';
import { requireAssignableRole, requireCanActOn, requireGrantable, requirePermission, requireWithinReach } from './user-policy';
import { normalizedEmail, normalizedLogin, updatedUserRecord } from './user-record';
import { UserScope, type TenantScope } from './user-scope';
import { requireUnique } from './user-uniqueness';
import { validateUserFields } from './user-fields.validator';
import { checkProfileInput } from './profile-input';

/**
 * Changes the fields sent. Checks: permission, input, the user visible (else USER_NOT_FOUND),
 * not protected, not above the actor (rank, or reach for an organization-bound actor), then the
 * role, permissions (the user as changed may not reach beyond the actor), organization, e-mail
 * and login as on create. Writes with optimistic concurrency (`version`).
 */
@injectable()
export class UpdateUserService {
  constructor(
    @inject(TOKENS.RoleCatalog) private readonly catalog: RoleCatalog,
    @inject(TOKENS.UserStore) private readonly users: UserStore,
    @inject(TOKENS.TenantStore) private readonly tenants: TenantStore,
    @inject(TOKENS.UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(TOKENS.PasswordHasher) private readonly hasher: PasswordHasher,
    @inject(TOKENS.Clock) private readonly clock: Clock,
    @inject(UserScope) private readonly scope: UserScope,
    @inject(UserNotifier) private readonly notifier: UserNotifier,
    @inject(AuditRecorder) private readonly audit: AuditRecorder,
  ) {}

  async update(actor: Actor, ref: UserRef, input: UpdateUserInput, options: UpdateUserOptions = {}): Promise<UserWriteResult> {
    requirePermission(actor, 'user:manage');
    const scope = await this.scope.load(actor);
    const tenant = await this.scope.tenant(actor);
    validateUserFields(input, tenant, 'update');
    const profile = checkProfileInput(input.profile, tenant);
    const user = await this.scope.findVisible(actor, scope, ref);
    if (options.refuseBackendAccess && user.backendAccess) {
      throw new RosterError('USER_PROTECTED', 'users with backend access cannot be modified here');
    }
    requireCanActOn(this.catalog, actor, user, scope.organizations);
    requireVersion(user, options.expectedVersion);
    if (input.role !== undefined) requireAssignableRole(this.catalog, actor, input.role);
    if (input.permissions !== undefined) requireGrantable(actor, input.permissions);
    requireWithinReach(this.catalog, actor, {
      role: input.role ?? user.role,
      permissions: input.permissions ?? user.permissions,
    });
    if (input.organizationId !== undefined) await this.scope.requireOrganization(actor, scope, input.organizationId);
    const identity = {
      email: input.email === undefined ? null : normalizedEmail(input.email),
      login: input.login === undefined ? null : normalizedLogin(input.login),
    };
    await requireUnique(this.users, scope.tenantId, identity, user.id);

    const groups = await this.groups(actor, scope, input.groupIds, user.groupIds);
    const passwordHash = input.password === undefined ? undefined : await this.hasher.hash(input.password);
    const updated = updatedUserRecord(user, input, {
      now: this.clock.now(),
      ...(groups === null ? {} : { groupIds: groups.groupIds }),
      ...(passwordHash === undefined ? {} : { passwordHash }),
      profile,
    });
    const changes = userChanges(user, updated);
    await this.unitOfWork.run(async (stores) => {
      await stores.users.update(updated, user.version);
      const target = { kind: 'user' as const, id: String(user.id) };
      await this.audit.append(stores, { type: updateEventType(changes), tenantId: user.tenantId, actor, target, changes });
    });
    this.notifier.emit('user.updated', updated);
    return { user: toUserView(updated), exceededGroupIds: groups?.exceededGroupIds ?? [] };
  }

  private async groups(
    actor: Actor,
    scope: TenantScope,
    requested: readonly number[] | undefined,
    current: readonly number[],
  ): Promise<GroupAssignment | null> {
    if (requested === undefined) return null;
    return assignGroups(actor, scope, await this.tenants.listGroups(scope.tenantId), requested, current);
  }
}
