import type { JsonSchema } from '../../../openapi/openapi.types';
import { USER_STATUSES } from '../../../../domain';
import { THEMES } from './user-settings.dto';
import { MAX_PAGE } from './list-users.query';

/**
 * JSON Schemas of the rest-v1 DTOs, for the OpenAPI document (user.schemas.spec.ts checks that
 * they accept and refuse what the DTOs do). Whether a role is in the tenant's catalog, and
 * whether an e-mail is valid after trimming, are left to the server.
 */
const email: JsonSchema = { type: 'string', format: 'email', description: 'Trimmed, then checked', examples: ['jane@example.com'] };
const name: JsonSchema = { type: 'string', minLength: 1, maxLength: 255, description: 'Trimmed, then 1 to 255 characters' };
const role: JsonSchema = { type: 'string', description: 'A role of the tenant’s catalog, exact case', examples: ['user'] };
const status: JsonSchema = { type: 'string', enum: [...USER_STATUSES] };

export const USER_SETTINGS_SCHEMA: JsonSchema = {
  type: 'object',
  properties: { theme: { type: 'string', enum: [...THEMES] }, notifications: { type: 'boolean' } },
  additionalProperties: false,
};

export const CREATE_USER_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    email,
    name,
    role,
    password: { type: 'string', minLength: 8, maxLength: 255, description: 'Not trimmed; without it the user cannot sign in' },
    settings: USER_SETTINGS_SCHEMA,
  },
  required: ['email', 'name'],
  additionalProperties: false,
};

export const UPDATE_USER_SCHEMA: JsonSchema = {
  type: 'object',
  properties: { name, email, role, status, settings: { ...USER_SETTINGS_SCHEMA, description: 'Replaces the whole object' } },
  additionalProperties: false,
};

/** The query parameters of GET /api/v1/users (each a string on the wire: digits only for integers). */
export const LIST_USERS_QUERY_SCHEMAS = {
  page: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 },
  limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  status,
  role: { type: 'string', minLength: 1 },
} as const satisfies Readonly<Record<string, JsonSchema>>;
