import type { ImportFormat, ImportJob, ImportJobActor, ImportJobPatch, ImportJobStatus, ImportRowError } from '@roster/core';
import type { ImportJobRow } from '../entities';

/** A JSON column as the driver gave it: parsed already, or its text (SQLite, MariaDB). */
function json(value: unknown): unknown {
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
}

export function toImportJobRow(job: ImportJob, body: string): ImportJobRow {
  return {
    id: job.id,
    tenantId: job.tenantId,
    status: job.status,
    fileFormat: job.format,
    validateOnly: job.validateOnly,
    actor: { ...job.actor, permissions: [...job.actor.permissions] },
    rowCount: job.rows,
    createdCount: job.created,
    failedCount: job.failed,
    errors: job.errors.map((error) => ({ ...error })),
    highWaterMark: job.mark,
    failure: job.failure,
    body: { text: body },
    createdAt: new Date(job.createdAt.getTime()),
    updatedAt: new Date(job.updatedAt.getTime()),
  };
}

export function toImportJob(row: ImportJobRow): ImportJob {
  return {
    id: row.id,
    tenantId: row.tenantId,
    status: row.status as ImportJobStatus,
    format: row.fileFormat as ImportFormat,
    validateOnly: row.validateOnly,
    actor: json(row.actor) as ImportJobActor,
    rows: row.rowCount,
    created: row.createdCount,
    failed: row.failedCount,
    errors: json(row.errors) as ImportRowError[],
    mark: row.highWaterMark,
    failure: row.failure,
    createdAt: new Date(new Date(row.createdAt).getTime()),
    updatedAt: new Date(new Date(row.updatedAt).getTime()),
  };
}

export function importJobBodyOf(row: Pick<ImportJobRow, 'body'>): string {
  return (json(row.body) as { text: string }).text;
}

/** The columns a patch sets. */
export function toImportJobChanges(patch: ImportJobPatch): Partial<ImportJobRow> {
  const changes: Partial<ImportJobRow> = { updatedAt: new Date(patch.updatedAt.getTime()) };
  if (patch.status !== undefined) changes.status = patch.status;
  if (patch.rows !== undefined) changes.rowCount = patch.rows;
  if (patch.created !== undefined) changes.createdCount = patch.created;
  if (patch.failed !== undefined) changes.failedCount = patch.failed;
  if (patch.errors !== undefined) changes.errors = patch.errors.map((error) => ({ ...error }));
  if (patch.mark !== undefined) changes.highWaterMark = patch.mark;
  if (patch.failure !== undefined) changes.failure = patch.failure;
  return changes;
}
