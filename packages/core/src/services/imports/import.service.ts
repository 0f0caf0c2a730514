import { inject, injectable } from 'tsyringe';
import type { Actor, Group, RoleCatalog, User } from '../../domain';
import { RosterError } from '../../errors';
import { AuditRecorder } from '../../audit/audit-recorder';
import { createdUserChanges } from '../../audit/audit-changes';
import {
  IMPORT_ERRORS_KEPT,
  TOKENS,
  type Clock,
  type IdGenerator,
  type ImportFormat,
  type ImportJob,
  type ImportJobPatch,
  type ImportRowError,
  type Logger,
  type PasswordHasher,
  type TenantStore,
  type UnitOfWork,
  type UserStore,
} from '../../ports';
import { isSeatLimitReached } from '../../rules';
import { UserNotifier } from '../users/user-notifier';
import { requirePermission } from '../users/user-policy';
import { newUserRecord } from '../users/user-record';
import { UserScope } from '../users/user-scope';
import { checkBatch, type CheckedBatch, type ImportRunContext } from './import-batch';
import { importRows, type ImportRow } from './import-file';
import { actorOfJob, jobActorOf } from './import-job-actor';
import { isTakenError, rowError, rowErrorsOf } from './import-row-errors';

/** Rows per batch: each batch is one unit of work. */
export const IMPORT_BATCH_ROWS = 500;

export interface StartImportInput {
  readonly format: ImportFormat;
  /** The file's text: CSV with a header row, or NDJSON. */
  readonly body: string;
  /** Checks every row (rules, uniqueness, seats) and creates nobody. */
  readonly validateOnly?: boolean;
}

/** Called after every batch with the job as it stands. */
export type ImportProgressListener = (job: ImportJob) => void;

export interface ImportServiceApi {
  /** Creates the job and runs it in the background; the answer is the job as created. Needs `user:manage`. */
  start(actor: Actor, input: StartImportInput): Promise<ImportJob>;
  /** Creates the job and runs it to its end (what the CLI does). */
  run(actor: Actor, input: StartImportInput, onProgress?: ImportProgressListener): Promise<ImportJob>;
  /** The job, its progress and its row errors (IMPORT_NOT_FOUND outside the actor's tenant). */
  get(actor: Actor, id: string): Promise<ImportJob>;
  /** Resumes, in the background, every job a stopped process left unfinished, from its mark. */
  resumeUnfinished(): Promise<readonly ImportJob[]>;
  /** Resolves when every job this Roster runs in the background has stopped. */
  settled(): Promise<void>;
}

/** Another worker committed the batch first: this one stops. */
class BatchTaken extends Error {}

/**
 * Bulk imports of users as jobs. Each batch of `IMPORT_BATCH_ROWS` rows is one unit of work:
 * the users, their audit events and the guarded move of the job's mark (`importJobs.advance`),
 * so a batch is committed once whoever runs it; a job resumes after its mark.
 */
@injectable()
export class ImportService implements ImportServiceApi {
  private readonly running = new Map<string, Promise<ImportJob | null>>();

  constructor(
    @inject(TOKENS.RoleCatalog) private readonly catalog: RoleCatalog,
    @inject(TOKENS.UserStore) private readonly users: UserStore,
    @inject(TOKENS.TenantStore) private readonly tenants: TenantStore,
    @inject(TOKENS.UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(TOKENS.PasswordHasher) private readonly hasher: PasswordHasher,
    @inject(TOKENS.IdGenerator) private readonly ids: IdGenerator,
    @inject(TOKENS.Clock) private readonly clock: Clock,
    @inject(TOKENS.Logger) private readonly logger: Logger,
    @inject(UserScope) private readonly scope: UserScope,
    @inject(UserNotifier) private readonly notifier: UserNotifier,
    @inject(AuditRecorder) private readonly audit: AuditRecorder,
  ) {}

  async start(actor: Actor, input: StartImportInput): Promise<ImportJob> {
    const job = await this.create(actor, input);
    this.inBackground(job, input.body);
    return job;
  }

  async run(actor: Actor, input: StartImportInput, onProgress?: ImportProgressListener): Promise<ImportJob> {
    const job = await this.create(actor, input);
    return (await this.tracked(job, input.body, onProgress)) ?? (await this.get(actor, job.id));
  }

  async get(actor: Actor, id: string): Promise<ImportJob> {
    requirePermission(actor, 'user:manage');
    const job = typeof id === 'string' ? await this.unitOfWork.run((stores) => stores.importJobs.get(actor.tenantId, id)) : null;
    if (job === null) throw new RosterError('IMPORT_NOT_FOUND', 'no such import');
    return job;
  }

  async resumeUnfinished(): Promise<readonly ImportJob[]> {
    const jobs = await this.unitOfWork.run((stores) => stores.importJobs.listUnfinished());
    const resumed: ImportJob[] = [];
    for (const job of jobs) {
      if (this.running.has(job.id)) continue;
      const body = await this.unitOfWork.run((stores) => stores.importJobs.body(job.id));
      if (body === null) continue;
      this.inBackground(job, body);
      resumed.push(job);
    }
    return resumed;
  }

  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  private async create(actor: Actor, input: StartImportInput): Promise<ImportJob> {
    requirePermission(actor, 'user:manage');
    await this.scope.tenant(actor);
    // Callers outside TypeScript may pass anything.
    if (!['csv', 'ndjson'].includes(input.format)) throw new RosterError('VALIDATION_FAILED', 'the format is csv or ndjson');
    const now = this.clock.now();
    const validateOnly = input.validateOnly === true;
    const job: ImportJob = {
      id: `imp_${this.ids.id()}`,
      tenantId: actor.tenantId,
      status: validateOnly ? 'validating' : 'running',
      format: input.format,
      validateOnly,
      actor: jobActorOf(actor),
      rows: importRows(input.body, input.format).length,
      created: 0,
      failed: 0,
      errors: [],
      mark: 0,
      failure: null,
      createdAt: now,
      updatedAt: now,
    };
    await this.unitOfWork.run((stores) => stores.importJobs.create(job, input.body));
    return job;
  }

  private inBackground(job: ImportJob, body: string): void {
    this.tracked(job, body).catch((error: unknown) => {
      // The job stays as its last batch left it: `resumeImports()` carries it on.
      this.logger.error('an import job stopped', { importId: job.id, error: error instanceof Error ? error.message : String(error) });
    });
  }

  private tracked(job: ImportJob, body: string, onProgress?: ImportProgressListener): Promise<ImportJob | null> {
    const work = this.execute(job, body, onProgress).finally(() => this.running.delete(job.id));
    this.running.set(job.id, work);
    return work;
  }

  /** Runs the job from its mark to its end; null when another worker took a batch first. */
  private async execute(given: ImportJob, body: string, onProgress?: ImportProgressListener): Promise<ImportJob | null> {
    const actor = actorOfJob(given.tenantId, given.actor);
    const tenant = await this.scope.tenant(actor);
    const scope = await this.scope.load(actor);
    const organizations = new Map<number, Promise<void>>();
    let groups: Promise<readonly Group[]> | undefined;
    const context: ImportRunContext = {
      actor,
      tenant,
      scope,
      format: given.format,
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
    const pending = importRows(body, given.format).filter((row) => row.line > given.mark);
    let job = given;
    let seats = given.validateOnly && tenant.seatLimit !== null ? await this.tenants.countUsers(tenant.id) : 0;
    try {
      for (let start = 0; start < pending.length; start += IMPORT_BATCH_ROWS) {
        const batch = pending.slice(start, start + IMPORT_BATCH_ROWS);
        if (given.validateOnly) {
          const checked = await checkBatch(context, this.users, batch);
          const seatErrors: ImportRowError[] = [];
          for (const row of checked.ready) {
            if (tenant.seatLimit !== null && isSeatLimitReached(seats, tenant.seatLimit)) {
              seatErrors.push(rowError(row.line, 'SEAT_LIMIT_REACHED'));
            } else seats += 1;
          }
          job = await this.advanceAlone(job, lastLine(batch), withErrors(checked, seatErrors), 0);
        } else {
          job = await this.commitBatch(context, job, batch);
        }
        onProgress?.(job);
      }
      job = await this.advanceAlone(job, job.mark, { ready: [], errors: [], failedLines: new Set() }, 0, 'done');
      onProgress?.(job);
      return job;
    } catch (error) {
      if (error instanceof BatchTaken) return null;
      throw error;
    }
  }

  /** One batch in one unit of work; a value taken meanwhile by another writer: row by row. */
  private async commitBatch(context: ImportRunContext, job: ImportJob, batch: readonly ImportRow[]): Promise<ImportJob> {
    const checked = await checkBatch(context, this.users, batch);
    const hashes = new Map<number, string>();
    for (const row of checked.ready) {
      const { password } = row.plan.input;
      if (password !== undefined) hashes.set(row.line, await this.hasher.hash(password));
    }
    const { actor, tenant } = context;
    let created: readonly User[];
    let advanced: ImportJob;
    try {
      [created, advanced] = await this.unitOfWork.run(async (stores) => {
        const users: User[] = [];
        const seatErrors: ImportRowError[] = [];
        for (const row of checked.ready) {
          const id = await stores.tenants.allocateUser(tenant.id, tenant.seatLimit);
          if (id === null) {
            seatErrors.push(rowError(row.line, 'SEAT_LIMIT_REACHED'));
            continue;
          }
          const { plan } = row;
          const user = newUserRecord(plan.input, {
            tenant,
            id,
            publicId: this.ids.publicUserId(),
            now: this.clock.now(),
            role: plan.role,
            organizationId: plan.organizationId,
            groupIds: row.groupIds,
            passwordHash: hashes.get(row.line) ?? null,
            profile: plan.profile,
          });
          await stores.users.insert(user);
          const target = { kind: 'user' as const, id: String(user.id) };
          await this.audit.append(stores, { type: 'user.created', tenantId: tenant.id, actor, target, changes: createdUserChanges(user) });
          users.push(user);
        }
        const patch = this.patch(job, lastLine(batch), withErrors(checked, seatErrors), users.length);
        if (!(await stores.importJobs.advance(job.id, job.mark, patch))) throw new BatchTaken();
        return [users, { ...job, ...patch }] as const;
      });
    } catch (error) {
      if (!isTakenError(error)) throw error;
      if (batch.length > 1) {
        let current = job;
        for (const row of batch) current = await this.commitBatch(context, current, [row]);
        return current;
      }
      // One row, whose value another writer took since the check: its error, and the mark moves on.
      const line = lastLine(batch);
      return this.advanceAlone(
        job,
        line,
        { ready: [], errors: rowErrorsOf(line, error), failedLines: new Set([line]) },
        0,
      );
    }
    for (const user of created) this.notifier.emit('user.created', user);
    return advanced;
  }

  private async advanceAlone(job: ImportJob, mark: number, checked: CheckedBatch, created: number, status?: 'done'): Promise<ImportJob> {
    const patch: ImportJobPatch = { ...this.patch(job, mark, checked, created), ...(status === undefined ? {} : { status }) };
    const advanced = await this.unitOfWork.run((stores) => stores.importJobs.advance(job.id, job.mark, patch));
    if (!advanced) throw new BatchTaken();
    return { ...job, ...patch };
  }

  private patch(job: ImportJob, mark: number, checked: CheckedBatch, created: number): ImportJobPatch & { readonly mark: number } {
    return {
      mark,
      created: job.created + created,
      failed: job.failed + checked.failedLines.size,
      errors: [...job.errors, ...checked.errors].slice(0, IMPORT_ERRORS_KEPT),
      updatedAt: this.clock.now(),
    };
  }
}

function lastLine(batch: readonly ImportRow[]): number {
  return batch[batch.length - 1]?.line ?? 0;
}

/** The batch's errors with those its seats gave, by line; a row without a seat failed too. */
function withErrors(checked: CheckedBatch, more: readonly ImportRowError[]): CheckedBatch {
  if (more.length === 0) return checked;
  const errors = [...checked.errors, ...more].sort((a, b) => a.line - b.line);
  return { ready: checked.ready, errors, failedLines: new Set([...checked.failedLines, ...more.map((error) => error.line)]) };
}
