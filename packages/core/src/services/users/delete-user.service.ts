import { inject, injectable } from 'tsyringe';
import type { Actor, RoleCatalog } from '../../domain';
import { RosterError } from '../../errors';
import { AuditRecorder } from '../../audit/audit-recorder';
import { TOKENS, type Clock, type UnitOfWork } from '../../ports';
import type { DeleteUserOptions, UserRef } from '../user-service.types';
import { UserNotifier } from './user-notifier';
import { requireVersion } from '../../rules';
import { requireCanActOn, requirePermission } from './user-policy';
import { UserScope } from './user-scope';

/** Deletes a visible user not ranked above the actor, and gives its seat back. */
@injectable()
export class DeleteUserService {
  constructor(
    @inject(TOKENS.RoleCatalog) private readonly catalog: RoleCatalog,
    @inject(TOKENS.UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(UserScope) private readonly scope: UserScope,
    @inject(UserNotifier) private readonly notifier: UserNotifier,
    @inject(AuditRecorder) private readonly audit: AuditRecorder,
    @inject(TOKENS.Clock) private readonly clock: Clock,
  ) {}

  async delete(actor: Actor, ref: UserRef, options: DeleteUserOptions = {}): Promise<void> {
    requirePermission(actor, 'user:manage');
    const scope = await this.scope.load(actor);
    const user = await this.scope.findVisible(actor, scope, ref);
    requireCanActOn(this.catalog, actor, user, scope.organizations);
    requireVersion(user, options.expectedVersion);
    await this.unitOfWork.run(async (stores) => {
      if (!(await stores.users.delete(user.tenantId, user.id, options.expectedVersion, this.clock.now())))
        throw new RosterError('USER_NOT_FOUND', 'no such user');
      await stores.tenants.releaseSeat(user.tenantId);
      const target = { kind: 'user' as const, id: String(user.id) };
      await this.audit.append(stores, { type: 'user.deleted', tenantId: user.tenantId, actor, target });
    });
    this.notifier.emit('user.deleted', user);
  }
}
