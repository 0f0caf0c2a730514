import type { Command } from 'commander';
import { findTenant, integerAtLeast, type CliContext } from '../cli-context';

/** `roster user purge`: the purge job (roster.purgeDeletedUsers), for a cron line or a scheduled task. */
export function userPurgeCommand(context: CliContext, user: Command): void {
  user
    .command('purge')
    .description("remove for good the soft-deleted users past their tenant's retention (default 30 days), in batches")
    .option('--tenant <id|name>', 'only this tenant (default: every tenant)')
    .option('--batch-size <n>', 'users removed per transaction (default 500)', integerAtLeast(1))
    .option('--json', 'print {"purged": n} as JSON')
    .action(async (options: { readonly tenant?: string; readonly batchSize?: number; readonly json?: boolean }) => {
      const { purged } = await context.withRoster(async (roster) => {
        const tenantId = options.tenant === undefined ? undefined : (await findTenant(roster, options.tenant)).id;
        return roster.purgeDeletedUsers({
          ...(tenantId === undefined ? {} : { tenantId }),
          ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
        });
      });
      if (options.json) context.json({ purged });
      else context.output.out(`purged ${purged} soft-deleted user${purged === 1 ? '' : 's'}`);
    });
}
