import type { Command } from 'commander';
import { findTenant, integerAtLeast, type CliContext } from '../cli-context';

interface AuditPurgeOptions {
  readonly tenant?: string;
  readonly batchSize?: number;
  readonly webhookDays?: number;
  readonly json?: boolean;
}

/** `roster audit purge`: the retention purge (roster.purgeEventHistory), for a cron line or a scheduled task. */
export function auditPurgeCommand(context: CliContext, program: Command): void {
  program
    .command('audit')
    .description('the audit trail and webhook history')
    .command('purge')
    .description(
      "remove audit events past their tenant's retention (default: kept for ever) and delivered webhook entries and delivery-log rows older than --webhook-days, in batches",
    )
    .option('--tenant <id|name>', "only this tenant's audit events (default: every tenant; the webhook history is purged either way)")
    .option('--batch-size <n>', 'rows removed per statement (default 500)', integerAtLeast(1))
    .option('--webhook-days <n>', 'age in days of the webhook history removed (default 30)', integerAtLeast(1))
    .option('--json', 'print {"auditEvents": n, "webhookEntries": n, "webhookDeliveries": n} as JSON')
    .action(async (options: AuditPurgeOptions) => {
      const result = await context.withRoster(async (roster) => {
        const tenantId = options.tenant === undefined ? undefined : (await findTenant(roster, options.tenant)).id;
        return roster.purgeEventHistory({
          ...(tenantId === undefined ? {} : { tenantId }),
          ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
          ...(options.webhookDays === undefined ? {} : { webhookHistoryDays: options.webhookDays }),
        });
      });
      if (options.json) context.json(result);
      else
        context.output.out(
          `purged ${result.auditEvents} audit event${result.auditEvents === 1 ? '' : 's'}, ` +
            `${result.webhookEntries} delivered webhook entr${result.webhookEntries === 1 ? 'y' : 'ies'}, ` +
            `${result.webhookDeliveries} delivery-log row${result.webhookDeliveries === 1 ? '' : 's'}`,
        );
    });
}
