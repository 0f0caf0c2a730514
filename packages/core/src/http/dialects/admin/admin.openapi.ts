import { AUDIT_EVENT_TYPES } from '../../../ports/audit-event-store.port';
import type { AnswerDescription, DialectApiDescription, JsonSchema, ParameterDescription } from '../../openapi/openapi.types';
import { BEARER_API_KEY, closedObject, emptyAnswer, jsonAnswer, RETRY_AFTER } from '../../openapi/openapi-answers';
import { ADMIN_OWN_PROBLEMS, ADMIN_PROBLEMS } from './admin.errors';
import {
  AUDIT_EVENT,
  nullable,
  status,
  id,
  USER,
  DELETED_USER,
  KEY,
  CREATED_KEY,
  TENANT,
  CREATE_USER,
  UPDATE_USER,
  CREATE_KEY,
  ROTATE_KEY,
  ROTATED_KEY,
  CREATE_TENANT,
  UPDATE_TENANT,
  PROBLEM_PROPERTIES,
  PROBLEM_REQUIRED,
  REQUEST_ID,
  ETAG,
  timestamp,
  ME,
  ROLE,
} from './admin.openapi-schemas';
import type { ADMIN_ROUTES } from './admin.routes';
import { problemType, type Problem } from './problem.response';

/** A problem answer listing the codes it may carry. */
function problems(description: string, first: Problem, ...others: readonly Problem[]): AnswerDescription {
  const entries = [first, ...others];
  const example = { type: problemType(first.code), title: first.title, status: first.status, detail: `${first.title}.`, code: first.code };
  const schema = closedObject(
    { ...PROBLEM_PROPERTIES, code: { type: 'string', enum: entries.map((entry) => entry.code) } },
    PROBLEM_REQUIRED,
  );
  return {
    description,
    content: { type: 'application/problem+json', schema, example },
    headers: first.status === 429 ? { ...REQUEST_ID, ...RETRY_AFTER } : REQUEST_ID,
  };
}
const json = (description: string, schema: JsonSchema, headers: AnswerDescription['headers'] = {}): AnswerDescription => ({
  ...jsonAnswer(description, schema, undefined),
  headers: { ...REQUEST_ID, ...headers },
});
const noContent = emptyAnswer('Done', REQUEST_ID);

const P = ADMIN_PROBLEMS;
const base = {
  401: problems('No credential, or not one this route takes', P.UNAUTHENTICATED),
  500: problems('An unexpected failure (logged, never echoed)', P.INTERNAL),
  503: problems('The store is unavailable', P.STORE_UNAVAILABLE),
};
const keyed = {
  ...base,
  403: problems(
    'The key lacks the permission, or ranks below the target',
    P.PERMISSION_DENIED,
    P.ROLE_ABOVE_ACTOR,
    P.TARGET_ABOVE_ACTOR,
    P.PERMISSION_NOT_HELD,
    P.OUT_OF_SCOPE,
    P.SEAT_LIMIT_REACHED,
  ),
};
const operator = { ...base, 403: problems('A tenant key: tenants are the operator’s', P.PERMISSION_DENIED) };
const invalid = {
  400: problems(
    'The body or query is invalid; `errors` lists every wrong field',
    P.VALIDATION_FAILED,
    P.ROLE_UNKNOWN,
    P.ORGANIZATION_NOT_FOUND,
  ),
};
const tooLarge = { 413: problems('A body over 1 MiB', ADMIN_OWN_PROBLEMS.PAYLOAD_TOO_LARGE) };
const pathId = (description: string): ParameterDescription => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const ifMatch: ParameterDescription = {
  name: 'If-Match',
  in: 'header',
  description: 'An ETag of the user: the write is refused (412) when it has another; a tenant may require it (428)',
  schema: { type: 'string' },
};
const requestId: ParameterDescription = {
  name: 'X-Request-Id',
  in: 'header',
  description: 'Echoed when 1 to 128 of A-Z a-z 0-9 . _ : @ + = / -',
  schema: { type: 'string' },
};
const idempotencyKey: ParameterDescription = {
  name: 'Idempotency-Key',
  in: 'header',
  description:
    'Up to 255 printable ASCII characters (quoted or not): a retry with the same key and body replays the first success (Idempotent-Replayed: true), for 24 hours, per credential',
  schema: { type: 'string' },
};
const O = ADMIN_OWN_PROBLEMS;
const reused = { 422: problems('The Idempotency-Key was sent with another request', O.IDEMPOTENCY_KEY_REUSED) };
const inFlight = (description: string, ...others: readonly Problem[]): Record<409, AnswerDescription> => ({
  409: problems(description, O.IDEMPOTENCY_KEY_IN_FLIGHT, ...others),
});
const body = (schema: JsonSchema) => ({ type: 'application/json' as const, schema, required: true });
const query = (name: string, schema: JsonSchema, description: string): ParameterDescription => ({ name, in: 'query', schema, description });

const AUDIT_FILTERS: readonly ParameterDescription[] = [
  query('after', { type: 'string' }, 'The `next` cursor of the previous page'),
  query('actor', { type: 'string' }, 'Only events of this actor (an API key’s id or a user’s integer id)'),
  query('target', { type: 'string' }, 'Only events about this target (a user’s integer id or an API key’s id)'),
  query('type', { type: 'string' }, `Only these event types, comma-separated: ${AUDIT_EVENT_TYPES.join(', ')}`),
  query('from', timestamp, 'Only events at or after this time'),
  query('to', timestamp, 'Only events before this time'),
];
/** The admin dialect's routes for its OpenAPI document (docs/dialects/admin.md). */
export const ADMIN_API: DialectApiDescription<typeof ADMIN_ROUTES> = {
  description: 'Roster’s own admin API: users, API keys and tenants; problem+json errors, ETags, cursors',
  securitySchemes: { bearer: { ...BEARER_API_KEY, description: 'A tenant API key, or the host’s operator token (tenant routes)' } },
  routes: {
    openApiDocument: { summary: 'This document', responses: { 200: json('The OpenAPI 3.1 document', { type: 'object' }) } },
    listUsers: {
      summary: 'List users, oldest first',
      security: ['bearer'],
      parameters: [
        requestId,
        query('limit', { type: 'integer', minimum: 1, maximum: 100 }, 'Page size (default 20)'),
        query('after', { type: 'string' }, 'The `next` cursor of the previous page'),
        query(
          'status',
          { type: 'string', enum: [...(status['enum'] as string[]), 'deleted'] },
          'Only users with this status; `deleted`: the soft-deleted users (`user:manage`; no other filter)',
        ),
        query('role', { type: 'string' }, 'Only users with this role'),
        query('organization_id', id, 'Only users of this organization'),
      ],
      responses: {
        200: json(
          'A page',
          closedObject(
            { data: { type: 'array', items: { anyOf: [USER, DELETED_USER] } }, next: nullable('string'), total: { type: 'integer' } },
            ['data', 'next', 'total'],
          ),
        ),
        ...invalid,
        ...keyed,
      },
    },
    createUser: {
      summary: 'Create a user',
      security: ['bearer'],
      parameters: [requestId, idempotencyKey],
      requestBody: body(CREATE_USER),
      responses: {
        201: json('Created', USER, { ...ETAG, Location: { description: 'The user’s URL', schema: { type: 'string' } } }),
        ...invalid,
        ...keyed,
        ...inFlight(
          'The e-mail, login or a unique profile value is taken; or the Idempotency-Key’s first request still runs',
          P.EMAIL_TAKEN,
          P.LOGIN_TAKEN,
          P.PROFILE_VALUE_TAKEN,
        ),
        ...reused,
        ...tooLarge,
      },
    },
    getUser: {
      summary: 'Get a user',
      security: ['bearer'],
      parameters: [pathId('The user’s `usr_` id'), requestId],
      responses: { 200: json('The user', USER, ETAG), ...keyed, 404: problems('No such user in the key’s reach', P.USER_NOT_FOUND) },
    },
    updateUser: {
      summary: 'Change some fields of a user',
      security: ['bearer'],
      parameters: [pathId('The user’s `usr_` id'), ifMatch, requestId],
      requestBody: body(UPDATE_USER),
      responses: {
        200: json('The user as changed', USER, ETAG),
        ...invalid,
        ...keyed,
        404: problems('No such user in the key’s reach', P.USER_NOT_FOUND),
        409: problems('Taken, or changed concurrently', P.EMAIL_TAKEN, P.LOGIN_TAKEN, P.PROFILE_VALUE_TAKEN, P.VERSION_CONFLICT),
        412: problems('If-Match names another version', P.PRECONDITION_FAILED),
        428: problems('The tenant requires If-Match and none was sent', O.PRECONDITION_REQUIRED),
        ...tooLarge,
      },
    },
    deleteUser: {
      summary: 'Soft-delete a user (restorable within the tenant’s retention), or purge it for good',
      security: ['bearer'],
      parameters: [
        pathId('The user’s `usr_` id'),
        ifMatch,
        requestId,
        query('purge', { type: 'string', enum: ['true', 'false'] }, '`true`: remove the user (live or soft-deleted) at once, for good'),
      ],
      responses: {
        204: noContent,
        ...invalid,
        ...keyed,
        404: problems('No such user in the key’s reach', P.USER_NOT_FOUND),
        409: problems('Changed concurrently', P.VERSION_CONFLICT),
        412: problems('If-Match names another version', P.PRECONDITION_FAILED),
        428: problems('The tenant requires If-Match and none was sent', O.PRECONDITION_REQUIRED),
      },
    },
    restoreUser: {
      summary: 'Restore a soft-deleted user, within the tenant’s retention',
      security: ['bearer'],
      parameters: [pathId('The soft-deleted user’s `usr_` id'), requestId, idempotencyKey],
      responses: {
        200: json('The user, back', USER, ETAG),
        ...invalid,
        ...keyed,
        404: problems('No soft-deleted user of that id in the key’s reach (or past retention)', P.USER_NOT_FOUND),
        ...inFlight(
          'Another user took its e-mail, login or a unique profile value meanwhile; or the Idempotency-Key’s first request still runs',
          P.EMAIL_TAKEN,
          P.LOGIN_TAKEN,
          P.PROFILE_VALUE_TAKEN,
        ),
        ...reused,
      },
    },
    listKeys: {
      summary: 'List the tenant’s API keys',
      security: ['bearer'],
      parameters: [requestId],
      responses: { 200: json('The keys', closedObject({ data: { type: 'array', items: KEY } }, ['data'])), ...keyed },
    },
    createKey: {
      summary: 'Create an API key (the secret is in this answer only)',
      security: ['bearer'],
      parameters: [requestId, idempotencyKey],
      requestBody: body(CREATE_KEY),
      responses: {
        201: json('Created', CREATED_KEY),
        ...invalid,
        ...keyed,
        ...inFlight('The Idempotency-Key’s first request still runs'),
        ...reused,
        ...tooLarge,
      },
    },
    getKey: {
      summary: 'Get an API key',
      security: ['bearer'],
      parameters: [pathId('The key’s id'), requestId],
      responses: { 200: json('The key', KEY), ...keyed, 404: problems('No such key in the caller’s reach', P.API_KEY_NOT_FOUND) },
    },
    revokeKey: {
      summary: 'Revoke an API key (it stops working at once)',
      security: ['bearer'],
      parameters: [pathId('The key’s id'), requestId],
      responses: { 204: noContent, ...keyed, 404: problems('No such key in the caller’s reach', P.API_KEY_NOT_FOUND) },
    },
    rotateKey: {
      summary: 'Rotate an API key: a new key with a new secret (shown once); the old one works for grace_seconds more',
      security: ['bearer'],
      parameters: [pathId('The key’s id'), requestId, idempotencyKey],
      requestBody: body(ROTATE_KEY),
      responses: {
        201: json('The new key', ROTATED_KEY),
        ...invalid,
        ...keyed,
        404: problems('No such key in the caller’s reach', P.API_KEY_NOT_FOUND),
        ...inFlight('The Idempotency-Key’s first request still runs'),
        ...reused,
        ...tooLarge,
      },
    },
    listTenants: {
      summary: 'List tenants (operator)',
      security: ['bearer'],
      parameters: [requestId],
      responses: { 200: json('The tenants', closedObject({ data: { type: 'array', items: TENANT } }, ['data'])), ...operator },
    },
    createTenant: {
      summary: 'Create a tenant (operator)',
      security: ['bearer'],
      parameters: [requestId, idempotencyKey],
      requestBody: body(CREATE_TENANT),
      responses: {
        201: json('Created', TENANT),
        ...invalid,
        ...operator,
        ...inFlight('The name is taken; or the Idempotency-Key’s first request still runs', P.TENANT_NAME_TAKEN),
        ...reused,
        ...tooLarge,
      },
    },
    getTenant: {
      summary: 'Get a tenant (operator)',
      security: ['bearer'],
      parameters: [pathId('The tenant’s id'), requestId],
      responses: { 200: json('The tenant', TENANT), ...operator, 404: problems('No such tenant', P.TENANT_NOT_FOUND) },
    },
    updateTenant: {
      summary: 'Change a tenant (operator)',
      security: ['bearer'],
      parameters: [pathId('The tenant’s id'), requestId],
      requestBody: body(UPDATE_TENANT),
      responses: {
        200: json('The tenant as changed', TENANT),
        ...invalid,
        ...operator,
        404: problems('No such tenant', P.TENANT_NOT_FOUND),
        ...inFlight('The name is taken; or the Idempotency-Key’s first request still runs', P.TENANT_NAME_TAKEN),
        ...reused,
        ...tooLarge,
      },
    },
    deleteTenant: {
      summary: 'Delete an empty tenant (operator)',
      security: ['bearer'],
      parameters: [pathId('The tenant’s id'), requestId],
      responses: {
        204: noContent,
        ...operator,
        404: problems('No such tenant', P.TENANT_NOT_FOUND),
        409: problems('The tenant still holds users', P.TENANT_NOT_EMPTY),
      },
    },
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
    getMe: {
      summary: 'The credential in use: a tenant API key (never its secret) or the operator',
      security: ['bearer'],
      parameters: [requestId],
      responses: { 200: json('The credential', ME), ...base },
    },
    listRoles: {
      summary: 'The role catalog, highest rank first, with the roles the caller may assign',
      security: ['bearer'],
      parameters: [requestId],
      responses: { 200: json('The roles', closedObject({ data: { type: 'array', items: ROLE } }, ['data'])), ...base },
    },
  },
};
