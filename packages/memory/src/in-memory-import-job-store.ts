import type { ImportJob, ImportJobPatch, ImportJobStore } from '@roster/core';
import { copy } from './copy';
import type { MemoryState } from './memory-state';
import type { Transaction } from './transaction';
import type { TransactionRunner } from './transaction-runner';

/** `ImportJobStore` over the memory state: jobs and their files by id, written through the transaction's undo log. */
export class InMemoryImportJobStore implements ImportJobStore {
  constructor(
    private readonly state: MemoryState,
    private readonly runner: TransactionRunner,
    private readonly bound?: Transaction,
  ) {}

  create(job: ImportJob, body: string): Promise<void> {
    return this.runner.apply((tx) => {
      if (this.state.importJobs.has(job.id)) throw new Error(`import job ${job.id} already exists`);
      tx.set(this.state.importJobs, job.id, copy(job));
      tx.set(this.state.importBodies, job.id, body);
    }, this.bound);
  }

  get(tenantId: string, id: string): Promise<ImportJob | null> {
    return this.runner.apply(() => {
      const job = this.state.importJobs.get(id);
      return job?.tenantId === tenantId ? copy(job) : null;
    }, this.bound);
  }

  body(id: string): Promise<string | null> {
    return this.runner.apply(() => this.state.importBodies.get(id) ?? null, this.bound);
  }

  listUnfinished(): Promise<readonly ImportJob[]> {
    return this.runner.apply(
      () =>
        [...this.state.importJobs.values()]
          .filter((job) => job.status === 'validating' || job.status === 'running')
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
          .map(copy),
      this.bound,
    );
  }

  advance(id: string, expectedMark: number, patch: ImportJobPatch): Promise<boolean> {
    return this.runner.apply((tx) => {
      const job = this.state.importJobs.get(id);
      if (job?.mark !== expectedMark) return false;
      tx.set(this.state.importJobs, id, copy({ ...job, ...patch }));
      return true;
    }, this.bound);
  }
}
