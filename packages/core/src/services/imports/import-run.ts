import { inject, injectable } from 'tsyringe';
import type { Group, RoleCatalog } from '../../domain';
import { TOKENS, type Clock, type ImportJob, type TenantStore, type UnitOfWork, type UserStore } from '../../ports';
import { isSeatLimitReached } from '../../rules';
import { UserScope } from '../users/user-scope';
import { checkBatch, claim, type ImportRunContext } from './import-batch-check';
import { ImportBatchCommitter } from './import-batch-commit';
import { importRows, type ImportRow } from './import-file';
import { actorOfJob } from './import-job-actor';
import { advanceAlone, BatchTaken, lastLine, NOTHING_CHECKED, withErrors } from './import-job-marks';
import { rowError } from './import-row-errors';
import { IMPORT_BATCH_ROWS, type ImportProgressListener } from './import-service.types';

/**
 * Runs one import job from its mark to its end, `IMPORT_BATCH_ROWS` rows at a time: a real job
 * commits each batch (`ImportBatchCommitter`), a validate-only one checks it and counts seats
 * without taking any. Whoever runs a batch, it is committed once (the guarded mark).
 */
@injectable()
export class ImportRunner {
  constructor(
    @inject(TOKENS.RoleCatalog) private readonly catalog: RoleCatalog,
    @inject(TOKENS.UserStore) private readonly users: UserStore,
    @inject(TOKENS.TenantStore) private readonly tenants: TenantStore,
    @inject(TOKENS.UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(TOKENS.Clock) private readonly clock: Clock,
    @inject(UserScope) private readonly scope: UserScope,
    @inject(ImportBatchCommitter) private readonly committer: ImportBatchCommitter,
  ) {}

  /** The job at its end; null when another worker took a batch first. */
  async execute(given: ImportJob, body: string, onProgress?: ImportProgressListener): Promise<ImportJob | null> {
    const context = await this.context(given);
    const pending = importRows(body, given.format).filter((row) => row.line > given.mark);
    let job = given;
    let seats = given.validateOnly && context.tenant.seatLimit !== null ? await this.tenants.countUsers(context.tenant.id) : 0;
    try {
      for (let start = 0; start < pending.length; start += IMPORT_BATCH_ROWS) {
        const batch = pending.slice(start, start + IMPORT_BATCH_ROWS);
        if (given.validateOnly) {
          const checked = await this.validate(context, job, batch, seats);
          job = checked.job;
          seats = checked.seats;
        } else {
          job = await this.committer.commit(context, job, batch);
        }
        onProgress?.(job);
      }
      job = await advanceAlone(this.unitOfWork, job, { mark: job.mark, checked: NOTHING_CHECKED, now: this.clock.now(), status: 'done' });
      onProgress?.(job);
      return job;
    } catch (error) {
      if (error instanceof BatchTaken) return null;
      throw error;
    }
  }

  /** A validate-only batch: its rows checked, the seats they would take counted, nobody created. */
  private async validate(
    context: ImportRunContext,
    job: ImportJob,
    batch: readonly ImportRow[],
    seatsBefore: number,
  ): Promise<{ readonly job: ImportJob; readonly seats: number }> {
    const { seatLimit } = context.tenant;
    const checked = await checkBatch(context, this.users, batch);
    claim(context, checked.ready);
    let seats = seatsBefore;
    const seatErrors = [];
    for (const row of checked.ready) {
      if (seatLimit !== null && isSeatLimitReached(seats, seatLimit)) seatErrors.push(rowError(row.line, 'SEAT_LIMIT_REACHED'));
      else seats += 1;
    }
    const advanced = await advanceAlone(this.unitOfWork, job, {
      mark: lastLine(batch),
      checked: withErrors(checked, seatErrors),
      now: this.clock.now(),
    });
    return { job: advanced, seats };
  }

  /** What every batch of the job shares: its actor again, the tenant, the actor's scope, cached lookups. */
  private async context(job: ImportJob): Promise<ImportRunContext> {
    const actor = actorOfJob(job.tenantId, job.actor);
    const tenant = await this.scope.tenant(actor);
    const scope = await this.scope.load(actor);
    const organizations = new Map<number, Promise<void>>();
    let groups: Promise<readonly Group[]> | undefined;
    return {
      actor,
      tenant,
      scope,
      format: job.format,
      seen: new Set(),
      groups: () => (groups ??= this.tenants.listGroups(tenant.id)),
      rules: {
        catalog: this.catalog,
        actor,
        tenant,
        requireOrganization: (id) => {
          let check = organizations.get(id);
          if (check === undefined) {
            check = this.scope.requireOrganization(actor, scope, id);
            organizations.set(id, check);
          }
          return check;
        },
      },
    };
  }
}
