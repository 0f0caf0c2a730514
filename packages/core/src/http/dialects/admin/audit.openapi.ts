import { AUDIT_EVENT_TYPES } from '../../../ports/audit-event-store.port';
import { closedObject } from '../../openapi/openapi-answers';
import type { ParameterDescription, RouteApiDescription } from '../../openapi/openapi.types';
import { invalid, json, keyed, query, requestId } from './admin.openapi-answers';
import { AUDIT_EVENT, nullable, REQUEST_ID, timestamp } from './admin.openapi-schemas';

const AUDIT_FILTERS: readonly ParameterDescription[] = [
  query('after', { type: 'string' }, 'The `next` cursor of the previous page'),
  query('actor', { type: 'string' }, 'Only events of this actor (an API key’s id or a user’s integer id)'),
  query('target', { type: 'string' }, 'Only events about this target (a user’s integer id or an API key’s id)'),
  query('type', { type: 'string' }, `Only these event types, comma-separated: ${AUDIT_EVENT_TYPES.join(', ')}`),
  query('from', timestamp, 'Only events at or after this time'),
  query('to', timestamp, 'Only events before this time'),
];

/** The audit trail's routes of the admin document (read only). */
export const AUDIT_API: Readonly<Record<'listAuditEvents' | 'exportAuditEvents', RouteApiDescription>> = {
  listAuditEvents: {
    summary: 'List the tenant’s audit events, newest first (NDJSON of them all with Accept: application/x-ndjson)',
    security: ['bearer'],
    parameters: [requestId, query('limit', { type: 'integer', minimum: 1, maximum: 100 }, 'Page size (default 20)'), ...AUDIT_FILTERS],
    responses: {
      200: json('A page', closedObject({ data: { type: 'array', items: AUDIT_EVENT }, next: nullable('string') }, ['data', 'next'])),
      ...invalid,
      ...keyed,
    },
  },
  exportAuditEvents: {
    summary: 'Export the tenant’s audit events as NDJSON, newest first',
    security: ['bearer'],
    parameters: [requestId, ...AUDIT_FILTERS.filter((parameter) => parameter.name !== 'after')],
    responses: {
      200: { description: 'One event per line', content: { type: 'application/x-ndjson', schema: AUDIT_EVENT }, headers: REQUEST_ID },
      ...invalid,
      ...keyed,
    },
  },
};
