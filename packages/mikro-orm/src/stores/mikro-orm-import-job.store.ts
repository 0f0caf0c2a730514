import type { ImportJob, ImportJobPatch, ImportJobStore } from '@roster/core';
import { RosterImportJobSchema } from '../entities';
import { importJobBodyOf, toImportJob, toImportJobChanges, toImportJobRow } from '../mappers';
import { guarded, type StoreContext } from './store-context';

/**
 * `ImportJobStore` on MikroORM. `advance` is one `update … where id = ? and high_water_mark = ?`:
 * inside a unit of work the row stays locked until the commit, so a second worker's update of
 * the same batch waits, then matches nothing (the mark has moved) and its unit of work rolls back.
 */
export class MikroOrmImportJobStore implements ImportJobStore {
  constructor(private readonly context: StoreContext) {}

  create(job: ImportJob, body: string): Promise<void> {
    return guarded(async () => {
      await this.context.em().insert(RosterImportJobSchema, toImportJobRow(job, body));
    });
  }

  get(tenantId: string, id: string): Promise<ImportJob | null> {
    return guarded(async () => {
      const row = await this.context.em().findOne(RosterImportJobSchema, { id, tenantId });
      return row === null ? null : toImportJob(row);
    });
  }

  body(id: string): Promise<string | null> {
    return guarded(async () => {
      const row = await this.context.em().findOne(RosterImportJobSchema, { id }, { populate: ['body'] as never });
      return row === null ? null : importJobBodyOf(row);
    });
  }

  listUnfinished(): Promise<readonly ImportJob[]> {
    return guarded(async () => {
      const rows = await this.context
        .em()
        .find(RosterImportJobSchema, { status: { $in: ['validating', 'running'] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return rows.map(toImportJob);
    });
  }

  advance(id: string, expectedMark: number, patch: ImportJobPatch): Promise<boolean> {
    return guarded(async () => {
      const updated = await this.context
        .em()
        .nativeUpdate(RosterImportJobSchema, { id, highWaterMark: expectedMark }, toImportJobChanges(patch));
      return updated === 1;
    });
  }
}
