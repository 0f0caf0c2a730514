import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { IMPORT_BATCH_ROWS, operatorActor, RosterError } from '@roster/core';
import { findTenant, type CliContext } from '../cli-context';
import { UsageError } from '../cli-error';
import { importProgress, type ImportProgress } from '../import-progress';
import { importFormatOf } from '../import-rows';

interface RowNote {
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

interface ImportReport {
  readonly validateOnly: boolean;
  readonly rows: number;
  /** Created (or, with --validate-only, that would be created). */
  readonly created: number;
  readonly skipped: readonly RowNote[];
  readonly failed: readonly RowNote[];
}

/** A user whose e-mail or login already exists: a re-run after a crash skips it instead of failing. */
const EXISTS = new Set(['EMAIL_TAKEN', 'LOGIN_TAKEN']);

/** `roster user import FILE`: an import job (batches of users, each committed once), with its progress. */
export function userImportCommand(context: CliContext, user: Command): void {
  user
    .command('import')
    .description(
      'create users from a CSV or NDJSON file (by extension) as an import job; users whose e-mail or login exists are skipped, so a re-run creates no one twice',
    )
    .argument('<file>', 'a .csv (header row as `roster user export --format csv`) or .ndjson/.jsonl file')
    .requiredOption('--tenant <id|name>', 'the tenant')
    .option('--validate-only', 'check every row as a real run would (rules, uniqueness, seats), creating nobody')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, options: { readonly tenant: string; readonly validateOnly?: boolean; readonly json?: boolean }) => {
      const format = importFormatOf(file);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        throw new UsageError(`${file}: cannot be read`);
      }
      const validateOnly = options.validateOnly === true;
      const job = await context.withRoster(async (roster) => {
        const tenant = await findTenant(roster, options.tenant);
        const actor = operatorActor(roster.roleCatalog, tenant.id);
        let progress: ImportProgress | undefined;
        let batches = 0;
        try {
          return await roster.imports.run(actor, { format, body: text, validateOnly }, (current) => {
            progress ??= importProgress(context.output, current.rows);
            batches += 1;
            progress.tick(current.status === 'done' ? current.rows : Math.min(current.rows, batches * IMPORT_BATCH_ROWS));
          });
        } finally {
          progress?.stop();
        }
      });
      const notes = job.errors.map(({ line, code, message }) => ({ line, code, message }));
      const skipped = notes.filter((note) => EXISTS.has(note.code));
      const failed = notes.filter((note) => !EXISTS.has(note.code));
      const created = validateOnly ? job.rows - job.failed : job.created;
      const report: ImportReport = { validateOnly, rows: job.rows, created, skipped, failed };
      printReport(context, report, options.json === true);
      if (failed.length > 0) throw new RosterError('VALIDATION_FAILED', `${failed.length} row${failed.length === 1 ? '' : 's'} failed`);
    });
}

function printReport(context: CliContext, report: ImportReport, json: boolean): void {
  for (const note of report.skipped) context.output.err(`roster: line ${note.line}: skipped, ${note.code}: ${note.message}`);
  for (const note of report.failed) context.output.err(`roster: line ${note.line}: ${note.code}: ${note.message}`);
  if (json) {
    context.json(report);
    return;
  }
  const verb = report.validateOnly ? 'would create' : 'created';
  context.output.out(
    `${report.rows} rows: ${verb} ${report.created}, skipped ${report.skipped.length} (already exist), failed ${report.failed.length}`,
  );
}
