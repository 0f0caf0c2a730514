import type { DialectApiDescription, JsonSchema, ParameterDescription } from '../../openapi/openapi.types';
import { BEARER_API_KEY, closedObject, jsonAnswer, RETRY_AFTER } from '../../openapi/openapi-answers';
import { USER_STATUSES } from '../../../domain';
import { CREATE_USER_SCHEMA, LIST_USERS_QUERY_SCHEMAS, UPDATE_USER_SCHEMA, USER_SETTINGS_SCHEMA } from './dto/user.schemas';
import type { REST_V1_ROUTES } from './rest-v1.routes';

const timestamp: JsonSchema = { type: 'string', format: 'date-time', examples: ['2026-12-01T17:58:24Z'] };
const base = {
  id: { type: 'string', pattern: '^usr_', examples: ['usr_V1StGXR8Z5jdHi6B'] },
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  status: { type: 'string', enum: [...USER_STATUSES] },
  created_at: timestamp,
};
const lastLogin = { type: ['string', 'null'], format: 'date-time' };
const user = (extra: Readonly<Record<string, JsonSchema>>): JsonSchema =>
  closedObject({ ...base, ...extra }, [...Object.keys(base), ...Object.keys(extra)]);
const data = (schema: JsonSchema): JsonSchema => closedObject({ data: schema }, ['data']);

const failure: JsonSchema = closedObject({ success: { const: false }, message: { type: 'string' } }, ['success', 'message']);
const invalid: JsonSchema = closedObject(
  {
    success: { const: false },
    message: { const: 'Invalid parameters' },
    errors: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, description: 'Messages per wire field' },
  },
  ['success', 'message', 'errors'],
);
const fail = (message: string) => ({ success: false, message });

const rateLimitHeaders = {
  'RateLimit-Limit': { description: 'Requests allowed per window (when the host sets a rate limit)', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'Requests left in the window', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the window resets', schema: { type: 'integer' } },
};

const common = {
  401: jsonAnswer('No key, another scheme or an unknown key', failure, fail('Authentication required')),
  403: jsonAnswer('The key lacks the permission, or the role or user ranks above it', failure, fail('Insufficient permissions')),
  429: jsonAnswer('The key’s rate limit is spent', failure, fail('Rate limit exceeded'), RETRY_AFTER),
  500: jsonAnswer('An unexpected failure (logged, never echoed)', failure, fail('Internal server error')),
  503: jsonAnswer('The store is unavailable', failure, fail('Service unavailable')),
};
const badRequest = (example: unknown) => ({ 400: jsonAnswer('The body or query is invalid; every wrong field listed', invalid, example) });
const notFound = { 404: jsonAnswer('No such user in the key’s tenant and reach', failure, fail('User does not exist')) };
const conflict = (message: string) => ({ 409: jsonAnswer('The e-mail is taken, or a concurrent change', failure, fail(message)) });
const tooLarge = { 413: jsonAnswer('A body over 1 MiB', failure, fail('Payload too large')) };
const invalidBody = { success: false, message: 'Invalid parameters', errors: { body: ['must be a JSON object'] } };
const userId: ParameterDescription = { name: 'user_id', in: 'path', required: true, schema: { type: 'string', pattern: '^usr_' } };
const query = (name: keyof typeof LIST_USERS_QUERY_SCHEMAS, description: string): ParameterDescription => ({
  name,
  in: 'query',
  description,
  schema: LIST_USERS_QUERY_SCHEMAS[name],
});

/** rest-v1's routes for the OpenAPI document (docs/dialects/rest-v1.md). */
export const REST_V1_API: DialectApiDescription<typeof REST_V1_ROUTES> = {
  description: 'A generic REST users API: Bearer keys, JSON, `usr_` ids, paginated lists, 409 and 429',
  securitySchemes: { bearer: BEARER_API_KEY },
  routes: {
    listUsers: {
      summary: 'List users, oldest first',
      security: ['bearer'],
      parameters: [
        query('page', 'Page, 1-based'),
        query('limit', 'Users per page'),
        query('status', 'Only users of this status'),
        query('role', 'Only users of this role (exact name)'),
      ],
      responses: {
        200: jsonAnswer(
          'One page of users',
          closedObject(
            {
              data: { type: 'array', items: user({ last_login: lastLogin }) },
              meta: closedObject(
                { total: { type: 'integer' }, page: { type: 'integer' }, limit: { type: 'integer' }, pages: { type: 'integer' } },
                ['total', 'page', 'limit', 'pages'],
              ),
            },
            ['data', 'meta'],
          ),
          { data: [], meta: { total: 0, page: 1, limit: 20, pages: 0 } },
          rateLimitHeaders,
        ),
        ...badRequest({ success: false, message: 'Invalid parameters', errors: { limit: ['must be an integer from 1 to 100'] } }),
        ...common,
      },
    },
    createUser: {
      summary: 'Create a user (always `pending`)',
      security: ['bearer'],
      requestBody: {
        type: 'application/json',
        schema: CREATE_USER_SCHEMA,
        required: true,
        example: { email: 'jane@example.com', name: 'Jane Doe', role: 'user' },
      },
      responses: {
        201: jsonAnswer(
          'Created',
          data(user({})),
          {
            data: {
              id: 'usr_V1StGXR8Z5jdHi6B',
              email: 'jane@example.com',
              name: 'Jane Doe',
              role: 'user',
              status: 'pending',
              created_at: '2026-12-01T17:58:24Z',
            },
          },
          rateLimitHeaders,
        ),
        ...badRequest(invalidBody),
        ...common,
        403: jsonAnswer(
          'The key lacks `user:manage`, the role ranks above it, or the seat limit is reached',
          failure,
          fail('User limit reached'),
        ),
        ...conflict('Email already in use'),
        ...tooLarge,
      },
    },
    getUser: {
      summary: 'One user',
      security: ['bearer'],
      parameters: [userId],
      responses: {
        200: jsonAnswer(
          'The user',
          data(user({ last_login: lastLogin, settings: { ...USER_SETTINGS_SCHEMA, required: ['theme', 'notifications'] } })),
          undefined,
          rateLimitHeaders,
        ),
        ...common,
        ...notFound,
      },
    },
    updateUser: {
      summary: 'Change some fields of a user',
      security: ['bearer'],
      parameters: [userId],
      requestBody: { type: 'application/json', schema: UPDATE_USER_SCHEMA, required: true, example: { status: 'active' } },
      responses: {
        200: jsonAnswer('Changed', data(user({ updated_at: timestamp })), undefined, rateLimitHeaders),
        ...badRequest(invalidBody),
        ...common,
        ...notFound,
        ...conflict('Email already in use'),
        ...tooLarge,
      },
    },
    deleteUser: {
      summary: 'Delete a user',
      security: ['bearer'],
      parameters: [userId],
      responses: {
        200: jsonAnswer(
          'Deleted',
          closedObject({ success: { const: true }, message: { type: 'string' } }, ['success', 'message']),
          { success: true, message: 'User deleted successfully' },
          rateLimitHeaders,
        ),
        ...common,
        ...notFound,
      },
    },
  },
};
