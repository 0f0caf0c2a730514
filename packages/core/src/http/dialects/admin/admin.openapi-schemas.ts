import { PERMISSIONS, USER_STATUSES } from '../../../domain';
import { AUDIT_EVENT_TYPES } from '../../../ports/audit-event-store.port';
import type { JsonSchema } from '../../openapi/openapi.types';
import { closedObject } from '../../openapi/openapi-answers';

// The admin API's JSON schemas (bodies, answers, problems, headers); the routes' descriptions are admin.openapi.ts.
export const nullable = (type: string, extra: JsonSchema = {}): JsonSchema => ({ type: [type, 'null'], ...extra });
export const timestamp: JsonSchema = { type: 'string', format: 'date-time' };
const permissions: JsonSchema = { type: 'array', items: { type: 'string', enum: [...PERMISSIONS] } };
export const status: JsonSchema = { type: 'string', enum: [...USER_STATUSES] };
export const id: JsonSchema = { type: 'integer', minimum: 1 };

export const AUDIT_EVENT = closedObject(
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

export const USER = closedObject(
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
/** A soft-deleted user (`GET /users?status=deleted`): the user as it was, with when it went and when it goes for good. */
export const DELETED_USER = closedObject(
  {
    ...(USER['properties'] as Record<string, JsonSchema>),
    deleted_at: timestamp,
    purge_at: { ...timestamp, description: 'From then on it cannot be restored; the purge job removes it' },
  },
  [...(USER['required'] as string[]), 'deleted_at', 'purge_at'],
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
  expires_at: nullable('string', { format: 'date-time', description: 'From then on the key is refused (null: never)' }),
};
export const KEY = closedObject(keyProperties, Object.keys(keyProperties));
export const CREATED_KEY = closedObject({ ...keyProperties, secret: { type: 'string', description: 'Shown in this answer only' } }, [
  ...Object.keys(keyProperties),
  'secret',
]);
export const TENANT = closedObject(
  {
    id: { type: 'string' },
    name: { type: 'string' },
    account_url: nullable('string'),
    hosts: { type: 'array', items: { type: 'string' } },
    identify_by: { type: 'string', enum: ['email', 'login'] },
    seat_limit: nullable('integer'),
    root_organization_id: { type: 'integer' },
    require_if_match: { type: 'boolean', description: 'Writes to its users need If-Match (428 without)' },
    deleted_user_retention_days: { type: 'integer', description: 'Days a soft-deleted user can be restored (default 30)' },
    audit_retention_days: nullable('integer', {
      description: 'Days its audit events are kept before the purge job removes them; null: for ever',
    }),
  },
  [
    'id',
    'name',
    'account_url',
    'hosts',
    'identify_by',
    'seat_limit',
    'root_organization_id',
    'require_if_match',
    'deleted_user_retention_days',
    'audit_retention_days',
  ],
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
export const CREATE_USER = closedObject(userFields, ['email']);
export const UPDATE_USER = closedObject(userFields);
export const CREATE_KEY = closedObject(
  {
    name: { type: 'string', minLength: 1, maxLength: 100 },
    role: { type: 'string' },
    permissions,
    organization_id: nullable('integer', { minimum: 1 }),
    expires_at: nullable('string', { format: 'date-time', description: 'RFC 3339, in the future; null or absent: never' }),
  },
  ['name', 'role'],
);
export const ROTATE_KEY = closedObject(
  { grace_seconds: { type: 'integer', minimum: 0, maximum: 2592000, description: 'How long the old secret still works (default 0)' } },
  [],
);
export const ROTATED_KEY = closedObject(
  {
    ...keyProperties,
    secret: { type: 'string', description: 'Shown in this answer only' },
    replaced: closedObject(
      { id: { type: 'string' }, expires_at: nullable('string', { format: 'date-time', description: 'Null: revoked at once' }) },
      ['id', 'expires_at'],
    ),
  },
  [...Object.keys(keyProperties), 'secret', 'replaced'],
);
const tenantFields = {
  name: { type: 'string', minLength: 1, maxLength: 128 },
  account_url: nullable('string'),
  hosts: { type: 'array', items: { type: 'string' } },
  seat_limit: nullable('integer', { minimum: 0 }),
  require_if_match: { type: 'boolean' },
  deleted_user_retention_days: { type: 'integer', minimum: 1, maximum: 3650 },
  audit_retention_days: nullable('integer', { minimum: 1, maximum: 3650 }),
};
export const CREATE_TENANT = closedObject({ ...tenantFields, identify_by: { type: 'string', enum: ['email', 'login'] } }, ['name']);
export const UPDATE_TENANT = closedObject(tenantFields);

export const PROBLEM_PROPERTIES = {
  type: { type: 'string', format: 'uri' },
  title: { type: 'string' },
  status: { type: 'integer' },
  detail: { type: 'string' },
  code: { type: 'string' },
  errors: { type: 'array', items: closedObject({ field: { type: 'string' }, message: { type: 'string' } }, ['field', 'message']) },
};
export const PROBLEM_REQUIRED = ['type', 'title', 'status', 'detail', 'code'];

export const REQUEST_ID = {
  'X-Request-Id': { description: 'The client’s X-Request-Id when sane, else a generated one', schema: { type: 'string' } },
};
export const ETAG = { ETag: { description: 'The user’s version, quoted', schema: { type: 'string' } } };

// GET /me and GET /roles.
const meKeyProperties = {
  kind: { type: 'string', enum: ['api_key'] },
  id: { type: 'string' },
  name: { type: 'string' },
  prefix: { type: 'string' },
  role: { type: 'string' },
  permissions: { ...permissions, description: 'Granted to the key on top of its role’s' },
  effective_permissions: { ...permissions, description: 'The role’s and the granted ones' },
  organization_id: nullable('integer'),
  tenant_id: { type: 'string' },
};
export const ME = {
  oneOf: [
    closedObject(meKeyProperties, Object.keys(meKeyProperties)),
    closedObject({ kind: { type: 'string', enum: ['operator'] } }, ['kind']),
  ],
};
export const ROLE = closedObject(
  {
    name: { type: 'string' },
    rank: { type: 'integer' },
    scope: { type: 'string', enum: ['tenant', 'organization'] },
    permissions,
    assignable: { type: 'boolean', description: 'Whether the caller may give this role to a user or key' },
  },
  ['name', 'rank', 'scope', 'permissions', 'assignable'],
);
