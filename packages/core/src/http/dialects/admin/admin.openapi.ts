import { PERMISSIONS, USER_STATUSES } from '../../../domain';
import { AUDIT_EVENT_TYPES } from '../../../ports/audit-event-store.port';
import type { AnswerDescription, DialectApiDescription, JsonSchema, ParameterDescription } from '../../openapi/openapi.types';
import { BEARER_API_KEY, closedObject, emptyAnswer, jsonAnswer, RETRY_AFTER } from '../../openapi/openapi-answers';
import { ADMIN_OWN_PROBLEMS, ADMIN_PROBLEMS } from './admin.errors';
import type { ADMIN_ROUTES } from './admin.routes';
import { problemType, type Problem } from './problem.response';

const nullable = (type: string, extra: JsonSchema = {}): JsonSchema => ({ type: [type, 'null'], ...extra });
const timestamp: JsonSchema = { type: 'string', format: 'date-time' };
const permissions: JsonSchema = { type: 'array', items: { type: 'string', enum: [...PERMISSIONS] } };
const status: JsonSchema = { type: 'string', enum: [...USER_STATUSES] };
const id: JsonSchema = { type: 'integer', minimum: 1 };

const AUDIT_EVENT = closedObject(
  {
    id: { type: 'string', pattern: '^evt_' },
    type: { type: 'string', enum: [...AUDIT_EVENT_TYPES] },
    occurred_at: timestamp,
    tenant_id: nullable('string'),
    actor: closedObject({ kind: { type: 'string' }, id: nullable('string'), role: nullable('string') }, ['kind', 'id', 'role']),
    target: { oneOf: [{ type: 'null' }, closedObject({ kind: { type: 'string' }, id: { type: 'string' } }, ['kind', 'id'])] },
    changes: { type: 'array', items: closedObject({ field: { type: 'string' }, before: {}, after: {} }, ['field', 'before', 'after']) },
    request_id: nullable('string'),
    client_address: nullable('string'),
    dialect: nullable('string'),
    route: nullable('string'),
  },
  ['id', 'type', 'occurred_at', 'tenant_id', 'actor', 'target', 'changes', 'request_id', 'client_address', 'dialect', 'route'],
);

const USER = closedObject(
  {
    id: { type: 'string', pattern: '^usr_' },
    email: nullable('string'),
    login: nullable('string'),
    first_name: { type: 'string' },
    last_name: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    permissions,
    status,
    organization_id: { type: 'integer' },
    created_at: timestamp,
    updated_at: timestamp,
    last_login_at: nullable('string', { format: 'date-time' }),
    version: { type: 'integer', minimum: 1 },
  },
  [
    'id',
    'email',
    'login',
    'first_name',
    'last_name',
    'name',
    'role',
    'permissions',
    'status',
    'organization_id',
    'created_at',
    'updated_at',
    'last_login_at',
    'version',
  ],
);
const keyProperties = {
  id: { type: 'string' },
  name: { type: 'string' },
  prefix: { type: 'string' },
  role: { type: 'string' },
  permissions,
  organization_id: nullable('integer'),
  created_at: timestamp,
  last_used_at: nullable('string', { format: 'date-time' }),
  expires_at: { type: 'null', description: 'Keys do not expire yet' },
};
const KEY = closedObject(keyProperties, Object.keys(keyProperties));
const CREATED_KEY = closedObject({ ...keyProperties, secret: { type: 'string', description: 'Shown in this answer only' } }, [
  ...Object.keys(keyProperties),
  'secret',
]);
const TENANT = closedObject(
  {
    id: { type: 'string' },
    name: { type: 'string' },
    account_url: nullable('string'),
    hosts: { type: 'array', items: { type: 'string' } },
    identify_by: { type: 'string', enum: ['email', 'login'] },
    seat_limit: nullable('integer'),
    root_organization_id: { type: 'integer' },
  },
  ['id', 'name', 'account_url', 'hosts', 'identify_by', 'seat_limit', 'root_organization_id'],
);

const userFields = {
  email: { type: 'string', format: 'email' },
  login: nullable('string', { minLength: 1, maxLength: 255 }),
  first_name: { type: 'string', maxLength: 255 },
  last_name: { type: 'string', maxLength: 255 },
  password: { type: 'string', minLength: 8, maxLength: 255 },
  role: { type: 'string', description: 'A role of the catalog, exact case' },
  status,
  organization_id: id,
  permissions,
};
const CREATE_USER = closedObject(userFields, ['email']);
const UPDATE_USER = closedObject(userFields);
const CREATE_KEY = closedObject(
  {
    name: { type: 'string', minLength: 1, maxLength: 100 },
    role: { type: 'string' },
    permissions,
    organization_id: nullable('integer', { minimum: 1 }),
  },
  ['name', 'role'],
);
const tenantFields = {
  name: { type: 'string', minLength: 1, maxLength: 128 },
  account_url: nullable('string'),
  hosts: { type: 'array', items: { type: 'string' } },
  seat_limit: nullable('integer', { minimum: 0 }),
};
const CREATE_TENANT = closedObject({ ...tenantFields, identify_by: { type: 'string', enum: ['email', 'login'] } }, ['name']);
const UPDATE_TENANT = closedObject(tenantFields);

const PROBLEM_PROPERTIES = {
  type: { type: 'string', format: 'uri' },
  title: { type: 'string' },
  status: { type: 'integer' },
  detail: { type: 'string' },
  code: { type: 'string' },
  errors: { type: 'array', items: closedObject({ field: { type: 'string' }, message: { type: 'string' } }, ['field', 'message']) },
};
const PROBLEM_REQUIRED = ['type', 'title', 'status', 'detail', 'code'];

const REQUEST_ID = {
  'X-Request-Id': { description: 'The client’s X-Request-Id when sane, else a generated one', schema: { type: 'string' } },
};
const ETAG = { ETag: { description: 'The user’s version, quoted', schema: { type: 'string' } } };

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
  description: 'An ETag of the user: the write is refused (412) when it has another',
  schema: { type: 'string' },
};
const requestId: ParameterDescription = {
  name: 'X-Request-Id',
  in: 'header',
  description: 'Echoed when 1 to 128 of A-Z a-z 0-9 . _ : @ + = / -',
  schema: { type: 'string' },
};
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
        query('status', status, 'Only users with this status'),
        query('role', { type: 'string' }, 'Only users with this role'),
        query('organization_id', id, 'Only users of this organization'),
      ],
      responses: {
        200: json(
          'A page',
          closedObject({ data: { type: 'array', items: USER }, next: nullable('string'), total: { type: 'integer' } }, [
            'data',
            'next',
            'total',
          ]),
        ),
        ...invalid,
        ...keyed,
      },
    },
    createUser: {
      summary: 'Create a user',
      security: ['bearer'],
      parameters: [requestId],
      requestBody: body(CREATE_USER),
      responses: {
        201: json('Created', USER, { ...ETAG, Location: { description: 'The user’s URL', schema: { type: 'string' } } }),
        ...invalid,
        ...keyed,
        409: problems('The e-mail, login or a unique profile value is taken', P.EMAIL_TAKEN, P.LOGIN_TAKEN, P.PROFILE_VALUE_TAKEN),
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
        ...tooLarge,
      },
    },
    deleteUser: {
      summary: 'Delete a user',
      security: ['bearer'],
      parameters: [pathId('The user’s `usr_` id'), ifMatch, requestId],
      responses: {
        204: noContent,
        ...keyed,
        404: problems('No such user in the key’s reach', P.USER_NOT_FOUND),
        412: problems('If-Match names another version', P.PRECONDITION_FAILED),
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
      parameters: [requestId],
      requestBody: body(CREATE_KEY),
      responses: { 201: json('Created', CREATED_KEY), ...invalid, ...keyed, ...tooLarge },
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
    listTenants: {
      summary: 'List tenants (operator)',
      security: ['bearer'],
      parameters: [requestId],
      responses: { 200: json('The tenants', closedObject({ data: { type: 'array', items: TENANT } }, ['data'])), ...operator },
    },
    createTenant: {
      summary: 'Create a tenant (operator)',
      security: ['bearer'],
      parameters: [requestId],
      requestBody: body(CREATE_TENANT),
      responses: {
        201: json('Created', TENANT),
        ...invalid,
        ...operator,
        409: problems('The name is taken', P.TENANT_NAME_TAKEN),
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
        409: problems('The name is taken', P.TENANT_NAME_TAKEN),
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
  },
};
