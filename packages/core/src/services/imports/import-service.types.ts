import type { Actor } from '../../domain';
import type { ImportFormat, ImportJob } from '../../ports';

/**
 * Rows per batch: each batch is one unit of work, with one seat allocation, one multi-row insert of
 * its users and one of their audit events.
 */
export const IMPORT_BATCH_ROWS = 200;

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
