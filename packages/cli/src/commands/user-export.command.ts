import { Command, Option } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { operatorActor, type UserListPosition } from '@roster/core';
import { findTenant, type CliContext } from '../cli-context';
import { CSV_COLUMNS, csvCells, userRecord } from '../user-record';

const PAGE_SIZE = 200;

/** `roster user export`: every user of a tenant on stdout, paged through roster.users.list. */
export function userExportCommand(context: CliContext, user: Command): void {
  user
    .command('export')
    .description('write every user of a tenant to stdout, oldest first (never a password hash)')
    .requiredOption('--tenant <id|name>', 'the tenant')
    .addOption(new Option('--format <format>', 'output format').choices(['ndjson', 'csv']).default('ndjson'))
    .action(async (options: { readonly tenant: string; readonly format: 'ndjson' | 'csv' }) => {
      const csv = options.format === 'csv';
      const count = await context.withRoster(async (roster) => {
        const tenant = await findTenant(roster, options.tenant);
        const actor = operatorActor(roster.roleCatalog, tenant.id);
        if (csv) context.output.out(stringify([[...CSV_COLUMNS]]).trimEnd());
        let after: UserListPosition | undefined;
        let written = 0;
        do {
          const page = await roster.users.list(actor, { page: 1, limit: PAGE_SIZE, ...(after ? { after } : {}) });
          for (const view of page.items) {
            const record = userRecord(view);
            const cells = csvCells(record);
            context.output.out(csv ? stringify([CSV_COLUMNS.map((column) => cells[column])]).trimEnd() : JSON.stringify(record));
          }
          written += page.items.length;
          after = page.next ?? undefined;
        } while (after !== undefined);
        return written;
      });
      context.output.err(`roster: exported ${count} user${count === 1 ? '' : 's'}`);
    });
}
