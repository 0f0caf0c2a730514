import { inject, injectable } from 'tsyringe';
import type { Actor } from '../../domain';
import { RosterError } from '../../errors';
import { TOKENS, type Clock, type IdGenerator, type ImportJob, type Logger, type UnitOfWork } from '../../ports';
import { requirePermission } from '../users/user-policy';
import { UserScope } from '../users/user-scope';
import { importRows } from './import-file';
import { jobActorOf } from './import-job-actor';
import { ImportRunner } from './import-run';
import type { ImportProgressListener, ImportServiceApi, StartImportInput } from './import-service.types';

/**
 * Bulk imports of users as jobs: created here, run by `ImportRunner` batch by batch (each batch one
 * unit of work: its users, their audit events and the guarded move of the job's mark), so a batch is
 * committed once whoever runs it, and a job resumes after its mark.
 */
@injectable()
export class ImportService implements ImportServiceApi {
  private readonly running = new Map<string, Promise<ImportJob | null>>();

  constructor(
    @inject(TOKENS.UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(TOKENS.IdGenerator) private readonly ids: IdGenerator,
    @inject(TOKENS.Clock) private readonly clock: Clock,
    @inject(TOKENS.Logger) private readonly logger: Logger,
    @inject(UserScope) private readonly scope: UserScope,
    @inject(ImportRunner) private readonly runner: ImportRunner,
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
    const work = this.runner.execute(job, body, onProgress).finally(() => this.running.delete(job.id));
    this.running.set(job.id, work);
    return work;
  }
}
