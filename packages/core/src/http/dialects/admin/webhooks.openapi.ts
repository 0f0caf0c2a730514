import { AUDIT_EVENT_TYPES } from '../../../ports/audit-event-store.port';
import type { JsonSchema, ParameterDescription, RouteApiDescription } from '../../openapi/openapi.types';
import { closedObject } from '../../openapi/openapi-answers';
import type { WebhookRoute } from './routes/webhook.routes';
import { MAX_WEBHOOK_GRACE_SECONDS } from '../../../services/webhooks';
import {
  body,
  idempotencyKey,
  inFlight,
  invalid,
  json,
  keyed,
  noContent,
  P,
  pathId,
  problems,
  query,
  requestId,
  reused,
  tooLarge,
} from './admin.openapi-answers';
import { nullable, timestamp } from './admin.openapi-schemas';

// The webhook routes' descriptions (docs/webhooks.md), spread into ADMIN_API.
const eventTypes: JsonSchema = { type: 'array', items: { type: 'string', enum: [...AUDIT_EVENT_TYPES] }, description: 'Empty: every type' };
const endpointProperties = {
  id: { type: 'string', pattern: '^whep_' },
  url: { type: 'string' },
  event_types: eventTypes,
  description: nullable('string'),
  enabled: { type: 'boolean' },
  disabled_reason: nullable('string', { enum: ['admin', 'gone', null] }),
  previous_secret_expires_at: nullable('string', { format: 'date-time', description: 'Until then the previous secret signs too' }),
  created_at: timestamp,
  updated_at: timestamp,
};
const ENDPOINT = closedObject(endpointProperties, Object.keys(endpointProperties));
const WITH_SECRET = closedObject(
  { ...endpointProperties, secret: { type: 'string', pattern: '^whsec_', description: 'Shown in this answer only' } },
  [...Object.keys(endpointProperties), 'secret'],
);
const CREATE = closedObject(
  { url: { type: 'string', maxLength: 2048 }, event_types: eventTypes, description: nullable('string', { maxLength: 500 }) },
  ['url'],
);
const UPDATE = closedObject({
  url: { type: 'string', maxLength: 2048 },
  event_types: eventTypes,
  description: nullable('string', { maxLength: 500 }),
  enabled: { type: 'boolean', description: 'true also re-enables an endpoint disabled by a 410' },
});
const ROTATE = closedObject({
  grace_seconds: {
    type: 'integer',
    minimum: 0,
    maximum: MAX_WEBHOOK_GRACE_SECONDS,
    description: 'The old secret signs beside the new one this long',
  },
});
const DELIVERY = closedObject(
  {
    id: { type: 'string', pattern: '^whdl_' },
    message_id: { type: 'string', pattern: '^whmsg_', description: 'The webhook-id header' },
    event_id: { type: 'string', pattern: '^evt_' },
    attempt: { type: 'integer', minimum: 1 },
    attempted_at: timestamp,
    status: nullable('integer', { description: 'Null: no answer (timeout, refused connection or address)' }),
    latency_ms: { type: 'integer', minimum: 0 },
    response_snippet: { type: 'string', description: 'At most 256 bytes of the answer, or the error' },
    outcome: { type: 'string', enum: ['delivered', 'failed', 'gone'] },
  },
  ['id', 'message_id', 'event_id', 'attempt', 'attempted_at', 'status', 'latency_ms', 'response_snippet', 'outcome'],
);
const REDELIVERED = closedObject(
  { event_id: { type: 'string' }, message_id: { type: 'string' }, status: { type: 'string', enum: ['pending'] } },
  ['event_id', 'message_id', 'status'],
);
const endpointId = pathId('The endpoint’s id');
const deliveryId: ParameterDescription = {
  name: 'deliveryId',
  in: 'path',
  required: true,
  description: 'A delivery’s id',
  schema: { type: 'string' },
};
const refused = {
  400: problems(
    'The body is invalid, or the URL is refused (not http(s), credentials, or a non-public address)',
    P.VALIDATION_FAILED,
    P.WEBHOOK_URL_REFUSED,
  ),
};
const missing = { 404: problems('No such webhook endpoint in the tenant', P.WEBHOOK_ENDPOINT_NOT_FOUND) };

export const WEBHOOK_API: Readonly<Record<WebhookRoute, RouteApiDescription>> = {
  listWebhooks: {
    summary: 'List the tenant’s webhook endpoints (never their secrets)',
    security: ['bearer'],
    parameters: [requestId],
    responses: { 200: json('The endpoints', closedObject({ data: { type: 'array', items: ENDPOINT } }, ['data'])), ...keyed },
  },
  createWebhook: {
    summary: 'Register a webhook endpoint (the signing secret is in this answer only)',
    security: ['bearer'],
    parameters: [requestId, idempotencyKey],
    requestBody: body(CREATE),
    responses: {
      201: json('Created', WITH_SECRET),
      ...refused,
      ...keyed,
      ...inFlight('The Idempotency-Key’s first request still runs'),
      ...reused,
      ...tooLarge,
    },
  },
  getWebhook: {
    summary: 'Get a webhook endpoint',
    security: ['bearer'],
    parameters: [endpointId, requestId],
    responses: { 200: json('The endpoint', ENDPOINT), ...keyed, ...missing },
  },
  updateWebhook: {
    summary: 'Change a webhook endpoint (URL, event types, description, enabled)',
    security: ['bearer'],
    parameters: [endpointId, requestId],
    requestBody: body(UPDATE),
    responses: { 200: json('The endpoint as changed', ENDPOINT), ...refused, ...keyed, ...missing, ...tooLarge },
  },
  deleteWebhook: {
    summary: 'Delete a webhook endpoint with its pending deliveries and log',
    security: ['bearer'],
    parameters: [endpointId, requestId],
    responses: { 204: noContent, ...keyed, ...missing },
  },
  rotateWebhookSecret: {
    summary: 'A new signing secret (shown once); with grace_seconds the old one signs too until then',
    security: ['bearer'],
    parameters: [endpointId, requestId, idempotencyKey],
    requestBody: body(ROTATE),
    responses: {
      200: json('The endpoint and its new secret', WITH_SECRET),
      ...invalid,
      ...keyed,
      ...missing,
      ...inFlight('The Idempotency-Key’s first request still runs'),
      ...reused,
      ...tooLarge,
    },
  },
  listWebhookDeliveries: {
    summary: 'The endpoint’s delivery attempts, newest first',
    security: ['bearer'],
    parameters: [
      endpointId,
      requestId,
      query('limit', { type: 'integer', minimum: 1, maximum: 100 }, 'Page size (default 20)'),
      query('after', { type: 'string' }, 'The `next` cursor of the previous page'),
    ],
    responses: {
      200: json('A page', closedObject({ data: { type: 'array', items: DELIVERY }, next: nullable('string') }, ['data', 'next'])),
      ...invalid,
      ...keyed,
      ...missing,
    },
  },
  redeliverWebhook: {
    summary: 'Deliver the attempted event to the endpoint again (queued, in its turn)',
    security: ['bearer'],
    parameters: [endpointId, deliveryId, requestId],
    responses: {
      202: json('Queued', REDELIVERED),
      ...keyed,
      404: problems('No such endpoint or delivery', P.WEBHOOK_ENDPOINT_NOT_FOUND, P.WEBHOOK_DELIVERY_NOT_FOUND),
    },
  },
};
