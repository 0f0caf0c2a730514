import { EntitySchema } from '@mikro-orm/core';

/**
 * A row of `roster_import_jobs`: one bulk import of users. `high_water_mark` is the last line
 * whose batch is committed; a batch moves it with `where id = ? and high_water_mark = ?`. The
 * file is kept (as `{ "text": … }` in a JSON column, which every dialect holds at 1 MiB) so a
 * crashed job can be resumed; it is lazy: reading a job's progress does not read its file.
 */
export interface ImportJobRow {
  id: string;
  tenantId: string;
  status: string;
  fileFormat: string;
  validateOnly: boolean;
  actor: unknown;
  rowCount: number;
  createdCount: number;
  failedCount: number;
  errors: unknown[];
  highWaterMark: number;
  failure: string | null;
  body: unknown;
  createdAt: Date;
  updatedAt: Date;
}

export const IMPORT_JOB_INDEXES = { status: 'roster_import_jobs_status_index' } as const;

export const RosterImportJobSchema = new EntitySchema<ImportJobRow>({
  name: 'RosterImportJob',
  tableName: 'roster_import_jobs',
  properties: {
    id: { type: 'string', length: 64, primary: true, fieldName: 'id' },
    tenantId: { type: 'string', length: 128, fieldName: 'tenant_id' },
    status: { type: 'string', length: 16, fieldName: 'status' },
    fileFormat: { type: 'string', length: 16, fieldName: 'file_format' },
    validateOnly: { type: 'boolean', fieldName: 'validate_only' },
    actor: { type: 'json', fieldName: 'actor' },
    rowCount: { type: 'integer', fieldName: 'row_count' },
    createdCount: { type: 'integer', fieldName: 'created_count' },
    failedCount: { type: 'integer', fieldName: 'failed_count' },
    errors: { type: 'json', fieldName: 'errors' },
    highWaterMark: { type: 'integer', fieldName: 'high_water_mark' },
    failure: { type: 'text', nullable: true, fieldName: 'failure' },
    body: { type: 'json', lazy: true, fieldName: 'body' },
    createdAt: { type: 'datetime', length: 3, fieldName: 'created_at' },
    updatedAt: { type: 'datetime', length: 3, fieldName: 'updated_at' },
  },
  indexes: [{ name: IMPORT_JOB_INDEXES.status, properties: ['status', 'createdAt'] }],
});
