import { Command } from 'commander';
import type { CliContext } from './cli-context';
import { keyCommands } from './commands/key.commands';
import { tenantCommands } from './commands/tenant.commands';
import { userExportCommand } from './commands/user-export.command';
import { userImportCommand } from './commands/user-import.command';
import { userPurgeCommand } from './commands/user-purge.command';
import { auditPurgeCommand } from './commands/audit-purge.command';

const DESCRIPTION = `Manage a Roster database from the shell: tenants, API keys, users.
The database is DATABASE_URL (or ROSTER_DATABASE_URL): sqlite:<path>, postgres://user:password@host:5432/db,
mysql://… or mariadb://…; Roster's pending migrations are applied first.
Exit codes: 0 done, 1 failed (the error's code and message on stderr), 2 misuse.`;

/** The `roster` command tree; commander writes through the context's output and never exits the process. */
export function rosterProgram(context: CliContext): Command {
  const program = new Command('roster')
    .description(DESCRIPTION)
    .configureOutput({
      writeOut: (text) => {
        context.output.out(text.replace(/\n$/, ''));
      },
      writeErr: (text) => {
        context.output.err(text.replace(/\n$/, ''));
      },
    })
    .exitOverride()
    .showHelpAfterError('(add --help for usage)');
  tenantCommands(context, program);
  keyCommands(context, program);
  const user = program.command('user').description("export, import and purge a tenant's users");
  userExportCommand(context, user);
  userImportCommand(context, user);
  userPurgeCommand(context, user);
  auditPurgeCommand(context, program);
  return program;
}
