import type { AuditActor } from './audit-event-store.port';

/** `validating`: a validate-only job being checked; `running`: batches being committed; then `done` or `failed`. */
export type ImportJobStatus = 'validating' | 'running' | 'done' | 'failed';

export type ImportFormat = 'csv' | 'ndjson';

/** Why one row was not imported: its line in the file, the field at fault (null: the whole row), a code and a message. */
export interface ImportRowError {
  readonly line: number;
  readonly field: string | null;
  readonly code: string;
  readonly message: string;
}

/** The at-most-this-many row errors a job keeps (the `failed` count goes on counting). */
export const IMPORT_ERRORS_KEPT = 1000;

/** A bulk import of users: what it reads, where it is, and what went wrong. */
export interface ImportJob {
  /** `imp_` and a random suffix. */
  readonly id: string;
  readonly tenantId: string;
  readonly status: ImportJobStatus;
  readonly format: ImportFormat;
  readonly validateOnly: boolean;
  /** Who started it (a resumed job runs as them again). */
  readonly actor: ImportJobActor;
  /** The rows the file holds (known once it is parsed: 0 before). */
  readonly rows: number;
  readonly created: number;
  readonly failed: number;
  /** The first `IMPORT_ERRORS_KEPT` row errors, by line. */
  readonly errors: readonly ImportRowError[];
  /** The high-water mark: the last line whose batch is committed (0: none yet). */
  readonly mark: number;
  /** Why the job failed as a whole (null unless `failed`). */
  readonly failure: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The actor, as kept with the job: enough to act as them again on resume. */
export interface ImportJobActor extends AuditActor {
  readonly kind: 'apiKey' | 'user' | 'operator';
  readonly id: string;
  readonly role: string;
  readonly permissions: readonly string[];
  readonly scopeOrganizationId: number | null;
  readonly organizationId: number | null;
}

/** What one step of a job changes; `mark`, when given, moves the high-water mark. */
export type ImportJobPatch = Partial<Pick<ImportJob, 'status' | 'rows' | 'created' | 'failed' | 'errors' | 'mark' | 'failure'>> & {
  readonly updatedAt: Date;
};

/**
 * The import jobs. `advance` is the guard that makes a batch commit once: it changes the job
 * only while its mark is still `expectedMark`, so of two workers committing the same batch
 * (inside their units of work) one wins and the other's unit of work rolls back.
 */
export interface ImportJobStore {
  /** Creates the job with its file (kept so a crashed job can be resumed). */
  create(job: ImportJob, body: string): Promise<void>;
  get(tenantId: string, id: string): Promise<ImportJob | null>;
  /** The file the job reads, or null when there is no such job. */
  body(id: string): Promise<string | null>;
  /** Every job of every tenant still `validating` or `running` (what a restart resumes), oldest first. */
  listUnfinished(): Promise<readonly ImportJob[]>;
  /** Applies the patch when the job's mark is `expectedMark`; true when it did. */
  advance(id: string, expectedMark: number, patch: ImportJobPatch): Promise<boolean>;
}
