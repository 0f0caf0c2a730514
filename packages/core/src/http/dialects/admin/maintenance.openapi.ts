import { closedObject } from '../../openapi/openapi-answers';
import type { RouteApiDescription } from '../../openapi/openapi.types';
import { MAX_AUDIT_RETENTION_DAYS } from '../../../rules/retention.rules';
import { body, idempotencyKey, inFlight, invalid, json, operator, P, problems, requestId, reused, tooLarge } from './admin.openapi-answers';
import { MAX_PURGE_BATCH_SIZE } from './dto/maintenance.dto';

const PURGE_EVENT_HISTORY = closedObject(
  {
    tenant_id: { type: 'string', description: 'Only this tenant’s audit events (default: every tenant that sets a retention)' },
    webhook_history_days: {
      type: 'integer',
      minimum: 1,
      maximum: MAX_AUDIT_RETENTION_DAYS,
      description: 'Age in days of the delivered webhook entries and delivery-log rows removed (default 30)',
    },
    batch_size: { type: 'integer', minimum: 1, maximum: MAX_PURGE_BATCH_SIZE, description: 'Rows removed per statement (default 500)' },
  },
  [],
);
const PURGED = closedObject(
  {
    audit_events: { type: 'integer', description: 'Audit events past their tenant’s retention' },
    webhook_entries: { type: 'integer', description: 'Delivered webhook outbox entries older than the webhook history age' },
    webhook_deliveries: { type: 'integer', description: 'Webhook delivery-log rows older than it' },
  },
  ['audit_events', 'webhook_entries', 'webhook_deliveries'],
);

/** The maintenance routes of the admin document (the host's operator only). */
export const MAINTENANCE_API: Readonly<Record<'purgeEventHistory', RouteApiDescription>> = {
  purgeEventHistory: {
    summary: 'Run the event-history purge now (operator): audit events past retention, old webhook history',
    security: ['bearer'],
    parameters: [requestId, idempotencyKey],
    requestBody: body(PURGE_EVENT_HISTORY),
    responses: {
      200: json('The rows removed', PURGED),
      ...invalid,
      ...operator,
      404: problems('No such tenant', P.TENANT_NOT_FOUND),
      ...inFlight('The Idempotency-Key’s first request still runs'),
      ...reused,
      ...tooLarge,
    },
  },
};
