import type { ImportJob } from '../../../ports';

/**
 * A bulk import job on the admin wire (snake_case). Neither the actor it runs as nor the file
 * itself is shown; `errors` are the first kept row errors (IMPORT_ERRORS_KEPT), `failed` counts all.
 */
export function adminImportView(job: ImportJob) {
  return {
    id: job.id,
    status: job.status,
    format: job.format,
    validate_only: job.validateOnly,
    rows: job.rows,
    created: job.created,
    failed: job.failed,
    mark: job.mark,
    errors: job.errors.map((error) => ({ line: error.line, field: error.field, code: error.code, message: error.message })),
    created_at: job.createdAt.toISOString(),
    updated_at: job.updatedAt.toISOString(),
  };
}
