import { inject, injectable } from 'tsyringe';
import { retentionCutoff, retentionDaysOf, type Tenant } from '../../domain';
import { AuditRecorder } from '../../audit/audit-recorder';
import { TOKENS, type Clock, type TenantStore, type UnitOfWork } from '../../ports';
import type { AuditActor } from '../../ports/audit-event-store.port';
import type { PurgeDeletedUsersOptions, PurgeDeletedUsersResult } from './user-lifecycle.types';

const DEFAULT_BATCH_SIZE = 500;
/** The purge job acts for the host, as the operator does. */
const PURGE_JOB: AuditActor = { kind: 'operator', id: null, role: null };

/**
 * The purge job (`roster.purgeDeletedUsers()`, `roster user purge`): removes the soft-deleted users
 * past their tenant's retention, a batch per transaction, each with its `user.purged` event.
 * Safe to run from several processes at once: an entry another run took is skipped.
 */
@injectable()
export class PurgeDeletedUsersService {
  constructor(
    @inject(TOKENS.UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(TOKENS.TenantStore) private readonly tenants: TenantStore,
    @inject(TOKENS.Clock) private readonly clock: Clock,
    @inject(AuditRecorder) private readonly audit: AuditRecorder,
  ) {}

  async run(options: PurgeDeletedUsersOptions = {}): Promise<PurgeDeletedUsersResult> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
    const tenants = options.tenantId === undefined ? await this.tenants.listTenants() : await this.oneTenant(options.tenantId);
    let purged = 0;
    for (const tenant of tenants) purged += await this.purgeTenant(tenant, batchSize);
    return { purged };
  }

  private async purgeTenant(tenant: Tenant, batchSize: number): Promise<number> {
    const cutoff = retentionCutoff(this.clock.now(), retentionDaysOf(tenant));
    let purged = 0;
    for (;;) {
      const { seen, removed } = await this.unitOfWork.run(async (stores) => {
        const batch = await stores.deletedUsers.listDeletedBefore(tenant.id, cutoff, batchSize);
        let count = 0;
        for (const entry of batch) {
          if (!(await stores.deletedUsers.remove(tenant.id, entry.user.id))) continue;
          const target = { kind: 'user' as const, id: String(entry.user.id) };
          await this.audit.append(stores, { type: 'user.purged', tenantId: tenant.id, actor: PURGE_JOB, target });
          count += 1;
        }
        return { seen: batch.length, removed: count };
      });
      purged += removed;
      if (seen < batchSize || removed === 0) return purged;
    }
  }

  private async oneTenant(id: string): Promise<readonly Tenant[]> {
    const tenant = await this.tenants.findTenantById(id);
    return tenant === null ? [] : [tenant];
  }
}
