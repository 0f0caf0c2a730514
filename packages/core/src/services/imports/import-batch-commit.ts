import { inject, injectable } from 'tsyringe';
import type { User } from '../../domain';
import type { RosterError } from '../../errors';
import { AuditRecorder, type AuditDraft } from '../../audit/audit-recorder';
import { createdUserChanges } from '../../audit/audit-changes';
import { TOKENS, type Clock, type IdGenerator, type ImportJob, type PasswordHasher, type UnitOfWork, type UserStore } from '../../ports';
import { UserNotifier } from '../users/user-notifier';
import { newUserRecord } from '../users/user-record';
import { checkBatch, claim, type ImportRunContext, type ReadyRow } from './import-batch-check';
import type { ImportRow } from './import-file';
import { advanceAlone, BatchTaken, jobPatch, lastLine, withErrors } from './import-job-marks';
import { isTakenError, rowError, rowErrorsOf } from './import-row-errors';

/**
 * Commits one batch of an import job. The rows are checked first (rules, uniqueness against the
 * tenant and the run, in a few queries); then ONE unit of work takes the seats of every ready row
 * at once (`allocateUsers`), inserts the users in one multi-row insert (`insertMany`), appends
 * their `user.created` events in one (`appendMany`, with their webhook outbox entries) and moves
 * the job's mark, guarded (`importJobs.advance`). A row left without a seat is SEAT_LIMIT_REACHED.
 * A value another writer took since the check fails the whole insert: the batch then runs again
 * row by row, so that only that row fails.
 */
@injectable()
export class ImportBatchCommitter {
  constructor(
    @inject(TOKENS.UserStore) private readonly users: UserStore,
    @inject(TOKENS.UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(TOKENS.PasswordHasher) private readonly hasher: PasswordHasher,
    @inject(TOKENS.IdGenerator) private readonly ids: IdGenerator,
    @inject(TOKENS.Clock) private readonly clock: Clock,
    @inject(UserNotifier) private readonly notifier: UserNotifier,
    @inject(AuditRecorder) private readonly audit: AuditRecorder,
  ) {}

  /** The job once the batch is committed (its mark at the batch's last line). */
  async commit(context: ImportRunContext, job: ImportJob, batch: readonly ImportRow[]): Promise<ImportJob> {
    const checked = await checkBatch(context, this.users, batch);
    const hashes = await this.hashes(checked.ready);
    let created: readonly User[];
    let seated: readonly ReadyRow[];
    let advanced: ImportJob;
    try {
      [created, seated, advanced] = await this.unitOfWork.run(async (stores) => {
        const { actor, tenant } = context;
        const ids = await stores.tenants.allocateUsers(tenant.id, tenant.seatLimit, checked.ready.length);
        const rows = checked.ready.slice(0, ids.length);
        const seatErrors = checked.ready.slice(ids.length).map((row) => rowError(row.line, 'SEAT_LIMIT_REACHED'));
        const now = this.clock.now();
        const users = rows.map((row, index) =>
          newUserRecord(row.plan.input, {
            tenant,
            id: ids[index] ?? 0,
            publicId: this.ids.publicUserId(),
            now,
            role: row.plan.role,
            organizationId: row.plan.organizationId,
            groupIds: row.groupIds,
            passwordHash: hashes.get(row.line) ?? null,
            profile: row.plan.profile,
          }),
        );
        await stores.users.insertMany(users);
        const events = users.map((user): AuditDraft => ({
          type: 'user.created',
          tenantId: tenant.id,
          actor,
          target: { kind: 'user', id: String(user.id) },
          changes: createdUserChanges(user),
        }));
        await this.audit.appendMany(stores, events);
        const patch = jobPatch(job, lastLine(batch), withErrors(checked, seatErrors), users.length, now);
        if (!(await stores.importJobs.advance(job.id, job.mark, patch))) throw new BatchTaken();
        return [users, rows, { ...job, ...patch }] as const;
      });
    } catch (error) {
      if (!isTakenError(error)) throw error;
      return this.rowByRow(context, job, batch, error);
    }
    claim(context, seated);
    for (const user of created) this.notifier.emit('user.created', user);
    return advanced;
  }

  /** The batch's passwords hashed (by line), before its unit of work: hashing is slow. */
  private async hashes(ready: readonly ReadyRow[]): Promise<Map<number, string>> {
    const hashes = new Map<number, string>();
    for (const row of ready) {
      const { password } = row.plan.input;
      if (password !== undefined) hashes.set(row.line, await this.hasher.hash(password));
    }
    return hashes;
  }

  /** A batch whose insert met a value taken meanwhile: each row in a unit of work of its own. */
  private async rowByRow(context: ImportRunContext, job: ImportJob, batch: readonly ImportRow[], error: RosterError): Promise<ImportJob> {
    if (batch.length > 1) {
      let current = job;
      for (const row of batch) current = await this.commit(context, current, [row]);
      return current;
    }
    // One row, whose value another writer took since the check: its error, and the mark moves on.
    const line = lastLine(batch);
    const checked = { ready: [], errors: rowErrorsOf(line, error), failedLines: new Set([line]) };
    return advanceAlone(this.unitOfWork, job, { mark: line, checked, now: this.clock.now() });
  }
}
