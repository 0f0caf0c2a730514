import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { operatorActor, RosterError, type Actor, type CreateUserInput, type Roster } from '@roster/core';
import { findTenant, type CliContext } from '../cli-context';
import { UsageError } from '../cli-error';
import { importInput } from '../import-input';
import { importProgress } from '../import-progress';
import { importFormatOf, importRows } from '../import-rows';

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

async function emailTaken(roster: Roster, actor: Actor, input: CreateUserInput): Promise<boolean> {
  return typeof input.email === 'string' && input.email.trim() !== '' && (await roster.users.isEmailTaken(actor, input.email));
}

/** `roster user import FILE`: creates the file's users one by one, skipping those that exist. */
export function userImportCommand(context: CliContext, user: Command): void {
  user
    .command('import')
    .description(
      'create users from a CSV or NDJSON file (by extension); users whose e-mail or login exists are skipped, so a re-run creates no one twice',
    )
    .argument('<file>', 'a .csv (header row as `roster user export --format csv`) or .ndjson/.jsonl file')
    .requiredOption('--tenant <id|name>', 'the tenant')
    .option('--validate-only', 'read and check every row, and which users exist, without writing')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, options: { readonly tenant: string; readonly validateOnly?: boolean; readonly json?: boolean }) => {
      const format = importFormatOf(file);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        throw new UsageError(`${file}: cannot be read`);
      }
      const rows = importRows(text, format);
      const validateOnly = options.validateOnly === true;
      const skipped: RowNote[] = [];
      const failed: RowNote[] = [];
      let created = 0;
      await context.withRoster(async (roster) => {
        const tenant = await findTenant(roster, options.tenant);
        const actor = operatorActor(roster.roleCatalog, tenant.id);
        const progress = importProgress(context.output, rows.length);
        try {
          for (const [index, row] of rows.entries()) {
            progress.tick(index);
            if ('error' in row) {
              failed.push({ line: row.line, code: 'UNREADABLE', message: row.error });
              continue;
            }
            const converted = importInput(row.fields, format === 'csv');
            if ('problem' in converted) {
              failed.push({ line: row.line, code: 'VALIDATION_FAILED', message: converted.problem });
              continue;
            }
            if (await emailTaken(roster, actor, converted.input)) {
              skipped.push({ line: row.line, code: 'EMAIL_TAKEN', message: 'a user with this e-mail exists' });
              continue;
            }
            if (validateOnly) {
              created += 1;
              continue;
            }
            try {
              await roster.users.create(actor, converted.input);
              created += 1;
            } catch (error) {
              if (!RosterError.is(error)) throw error;
              (EXISTS.has(error.code) ? skipped : failed).push({ line: row.line, code: error.code, message: error.message });
            }
          }
          progress.tick(rows.length);
        } finally {
          progress.stop();
        }
      });
      const report: ImportReport = { validateOnly, rows: rows.length, created, skipped, failed };
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
