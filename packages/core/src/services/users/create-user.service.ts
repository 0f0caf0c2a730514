import { inject, injectable } from 'tsyringe';
import { toUserView, type Actor, type RoleCatalog, type User } from '../../domain';
import { RosterError } from '../../errors';
import { AuditRecorder } from '../../audit/audit-recorder';
import { createdUserChanges } from '../../audit/audit-changes';
import { TOKENS, type Clock, type IdGenerator, type PasswordHasher, type TenantStore, type UnitOfWork, type UserStore } from '../../ports';
import { isSeatLimitReached } from '../../rules';
import type { CreateUserInput, UserWriteResult } from '../user-service.types';
import { assignGroups } from './group-assignment';
import { UserNotifier } from './user-notifier';
import { planNewUser } from './new-user-plan';
import { requirePermission } from './user-policy';
import { newUserRecord, type NewUserDecisions } from './user-record';
import { UserScope, type TenantScope } from './user-scope';
import { requireUnique } from './user-uniqueness';

const seatLimitReached = (): RosterError => new RosterError('SEAT_LIMIT_REACHED', "the tenant's seat limit is reached");

/**
 * Creates a user. Checks, in this order: permission, input, role assignable, permissions
 * grantable (and not reaching beyond an organization-bound actor), organization exists and is in scope, e-mail free, login free, a seat left; then
 * takes the seat and inserts inside one unit of work (the store's uniqueness has the last word).
 */
@injectable()
export class CreateUserService {
  constructor(
    @inject(TOKENS.RoleCatalog) private readonly catalog: RoleCatalog,
    @inject(TOKENS.UserStore) private readonly users: UserStore,
    @inject(TOKENS.TenantStore) private readonly tenants: TenantStore,
    @inject(TOKENS.UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(TOKENS.PasswordHasher) private readonly hasher: PasswordHasher,
    @inject(TOKENS.IdGenerator) private readonly ids: IdGenerator,
    @inject(TOKENS.Clock) private readonly clock: Clock,
    @inject(UserScope) private readonly scope: UserScope,
    @inject(UserNotifier) private readonly notifier: UserNotifier,
    @inject(AuditRecorder) private readonly audit: AuditRecorder,
  ) {}

  async create(actor: Actor, given: CreateUserInput): Promise<UserWriteResult> {
    try {
      return await this.createChecked(actor, given);
    } catch (error) {
      if (RosterError.is(error, 'SEAT_LIMIT_REACHED')) {
        await this.audit.appendAlone({ type: 'user.seat_limit_refused', tenantId: actor.tenantId, actor, target: null });
      }
      throw error;
    }
  }

  private async createChecked(actor: Actor, given: CreateUserInput): Promise<UserWriteResult> {
    requirePermission(actor, 'user:manage');
    const tenant = await this.scope.tenant(actor);
    // Loaded when first needed: after the input checks, as before the rules were shared.
    let loaded: TenantScope | undefined;
    const scope = async (): Promise<TenantScope> => (loaded ??= await this.scope.load(actor));
    const requireOrganization = async (id: number): Promise<void> => this.scope.requireOrganization(actor, await scope(), id);
    const rules = { catalog: this.catalog, actor, tenant, requireOrganization };
    const { input, role, organizationId, profile, identity } = await planNewUser(rules, given);
    if (tenant.seatLimit !== null) {
      // Only a seat limit needs the early answers: e-mail and login before the seat. Without one the
      // insert's uniqueness gives the same answers, in the same order, in the same round trip.
      await requireUnique(this.users, tenant.id, identity);
      if (isSeatLimitReached(await this.tenants.countUsers(tenant.id), tenant.seatLimit)) throw seatLimitReached();
    }

    const requestedGroups = input.groupIds ?? [];
    const tenantGroups = requestedGroups.length === 0 ? [] : await this.tenants.listGroups(tenant.id);
    const groups = assignGroups(actor, await scope(), tenantGroups, requestedGroups);
    const passwordGenerated = input.password === undefined;
    // A password nobody is told (the login mail never carries one) is no password: no hash is
    // stored, and password sign-in treats the user as having none until one is set.
    const passwordHash = input.password === undefined ? null : await this.hasher.hash(input.password);
    const { groupIds } = groups;
    const user = await this.insert(actor, input, { tenant, role, organizationId, groupIds, passwordHash, profile });

    this.notifier.emit('user.created', user);
    if (input.loginEmail) {
      const { invitationMessage } = input.loginEmail;
      await this.notifier.sendLoginMail(tenant, user, { passwordGenerated, invitationMessage });
    }
    return { user: toUserView(user), exceededGroupIds: groups.exceededGroupIds };
  }

  private insert(actor: Actor, input: CreateUserInput, decided: Omit<NewUserDecisions, 'id' | 'publicId' | 'now'>): Promise<User> {
    const { tenant } = decided;
    return this.unitOfWork.run(async (stores) => {
      const id = await stores.tenants.allocateUser(tenant.id, tenant.seatLimit);
      if (id === null) throw seatLimitReached();
      const user = newUserRecord(input, { ...decided, id, publicId: this.ids.publicUserId(), now: this.clock.now() });
      await stores.users.insert(user);
      const target = { kind: 'user' as const, id: String(user.id) };
      await this.audit.append(stores, { type: 'user.created', tenantId: tenant.id, actor, target, changes: createdUserChanges(user) });
      return user;
    });
  }
}
