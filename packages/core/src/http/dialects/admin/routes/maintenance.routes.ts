import type { RouteHandler } from '../../../dialect-plugin';
import { jsonResponse } from '../../../responses';
import { validateAdminBody } from '../admin-body';
import { type AdminContext, operatorOnly } from '../admin.context';
import { PurgeEventHistoryDto } from '../dto/maintenance.dto';
import { idempotent } from '../idempotency';

/**
 * The maintenance routes: the host's operator only. The event-history purge is `roster.purgeEventHistory()`
 * (the job `roster audit purge` runs), answered with the counts it removed.
 */
export function maintenanceRoutes(context: AdminContext): Readonly<Record<'purgeEventHistory', RouteHandler>> {
  const { roster } = context;
  return {
    purgeEventHistory: operatorOnly(context, (route) =>
      idempotent(context, route, async () => {
        const body = validateAdminBody(route.request, PurgeEventHistoryDto, roster.roleCatalog);
        // An unknown tenant is a 404 here (the job itself would purge nothing and say 0).
        if (body.tenant_id !== undefined) await roster.tenantAdmin.get(body.tenant_id);
        const removed = await roster.purgeEventHistory({
          ...(body.tenant_id === undefined ? {} : { tenantId: body.tenant_id }),
          ...(body.webhook_history_days === undefined ? {} : { webhookHistoryDays: body.webhook_history_days }),
          ...(body.batch_size === undefined ? {} : { batchSize: body.batch_size }),
        });
        return jsonResponse(200, {
          audit_events: removed.auditEvents,
          webhook_entries: removed.webhookEntries,
          webhook_deliveries: removed.webhookDeliveries,
        });
      }),
    ),
  };
}
