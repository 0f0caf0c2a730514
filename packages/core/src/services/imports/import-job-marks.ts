import { IMPORT_ERRORS_KEPT, type ImportJob, type ImportJobPatch, type ImportRowError, type UnitOfWork } from '../../ports';
import type { CheckedBatch } from './import-batch-check';
import type { ImportRow } from './import-file';

/** Another worker committed the batch first: this one stops. */
export class BatchTaken extends Error {}

/** The line a batch ends on: what the job's mark moves to once it is committed. */
export function lastLine(batch: readonly ImportRow[]): number {
  return batch[batch.length - 1]?.line ?? 0;
}

/** The batch's errors with those its seats gave, by line; a row without a seat failed too. */
export function withErrors(checked: CheckedBatch, more: readonly ImportRowError[]): CheckedBatch {
  if (more.length === 0) return checked;
  const errors = [...checked.errors, ...more].sort((a, b) => a.line - b.line);
  return { ready: checked.ready, errors, failedLines: new Set([...checked.failedLines, ...more.map((error) => error.line)]) };
}

/** What a committed batch changes in its job: the mark, the counts and the kept errors. */
export function jobPatch(
  job: ImportJob,
  mark: number,
  checked: CheckedBatch,
  created: number,
  now: Date,
): ImportJobPatch & { readonly mark: number } {
  return {
    mark,
    created: job.created + created,
    failed: job.failed + checked.failedLines.size,
    errors: [...job.errors, ...checked.errors].slice(0, IMPORT_ERRORS_KEPT),
    updatedAt: now,
  };
}

/** Nothing created: a batch of errors only, or the job's end. */
export const NOTHING_CHECKED: CheckedBatch = { ready: [], errors: [], failedLines: new Set() };

/**
 * Moves the job's mark in a unit of work of its own (a step that creates nobody: a validate-only
 * batch, a row that failed at its insert, the job's end); BatchTaken when another worker moved it first.
 */
export async function advanceAlone(
  unitOfWork: UnitOfWork,
  job: ImportJob,
  step: { readonly mark: number; readonly checked: CheckedBatch; readonly now: Date; readonly status?: 'done' },
): Promise<ImportJob> {
  const patch: ImportJobPatch = {
    ...jobPatch(job, step.mark, step.checked, 0, step.now),
    ...(step.status === undefined ? {} : { status: step.status }),
  };
  const advanced = await unitOfWork.run((stores) => stores.importJobs.advance(job.id, job.mark, patch));
  if (!advanced) throw new BatchTaken();
  return { ...job, ...patch };
}
