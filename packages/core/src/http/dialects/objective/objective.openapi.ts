import type { DialectApiDescription, JsonSchema, ParameterDescription } from '../../openapi/openapi.types';
import { BEARER_API_KEY, closedObject, jsonAnswer, RETRY_AFTER } from '../../openapi/openapi-answers';
import type { OBJECTIVE_ROUTES } from './objective.routes';

/**
 * objective's request body: Laravel input, so strings are trimmed and `""` counts as absent;
 * unknown fields are ignored. Schema for the document; every failing rule comes back in a 422.
 */
const text = (max: number): JsonSchema => ({ type: ['string', 'null'], maxLength: max });
const userInput = (required: readonly string[]): JsonSchema => ({
  type: 'object',
  properties: {
    email: { type: 'string', format: 'email', description: 'Needs a domain with an extension' },
    first_name: text(255),
    last_name: text(255),
    source: text(255),
    external_id: { type: ['number', 'string', 'null'], description: 'Numeric (PHP is_numeric)' },
    password: { type: 'string', minLength: 8, maxLength: 255, description: 'Not trimmed' },
    phone_number: text(30),
    live_scanner: { enum: [true, false, 0, 1, '0', '1', null] },
  },
  ...(required.length === 0 ? {} : { required }),
});

const timestamp: JsonSchema = { type: 'string', format: 'date-time', examples: ['2026-12-01T17:58:24.310000Z'] };
const USER: JsonSchema = closedObject(
  {
    id: { type: 'integer' },
    email: { type: ['string', 'null'] },
    first_name: { type: 'string' },
    last_name: { type: 'string' },
    external_id: { type: ['number', 'null'] },
    source: { type: 'string' },
    phone_number: { type: ['string', 'null'] },
    live_scanner: { type: 'boolean' },
    role: { type: 'string', description: '`Member` for the tenant’s lowest role, the catalog name otherwise' },
    created_at: timestamp,
    updated_at: timestamp,
  },
  ['id', 'email', 'first_name', 'last_name', 'external_id', 'source', 'phone_number', 'live_scanner', 'role', 'created_at', 'updated_at'],
);

const message = (value: JsonSchema = { type: 'string' }): JsonSchema => closedObject({ message: value }, ['message']);
const error: JsonSchema = closedObject({ error: { type: 'string' } }, ['error']);
const invalid: JsonSchema = closedObject(
  {
    message: { const: 'The given data was invalid.' },
    errors: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
  },
  ['message', 'errors'],
);
const emptyObject: JsonSchema = closedObject({});

const common = {
  403: jsonAnswer('No key, a malformed or unknown key, or one without the permission', emptyObject, {}),
  429: jsonAnswer('Too many requests', message(), { message: 'Too Many Attempts.' }, RETRY_AFTER),
  500: jsonAnswer('An unexpected failure (logged, never echoed)', message(), { message: 'Server Error' }),
  503: jsonAnswer('The store is unavailable', message(), { message: 'Service Unavailable' }),
};
const invalidAnswer = (example: unknown) => ({ 422: jsonAnswer('Every failing rule of every field', invalid, example) });
const notFound = { 404: jsonAnswer('Unknown id, not a positive integer, or outside the key’s reach', error, { error: 'User not found' }) };
const routeNotFound = (path: string) => ({
  404: jsonAnswer(
    'Laravel’s route-not-found answer (the message names the raw path)',
    message({ type: 'string', pattern: '^The route .* could not be found\\.$' }),
    { message: `The route ${path} could not be found.` },
  ),
});
const tooLarge = { 413: jsonAnswer('A body over 1 MiB', message(), { message: 'Payload too large' }) };
const conflict = { 409: jsonAnswer('A concurrent change', message(), { message: 'The user was changed by another request. Try again.' }) };
const userId: ParameterDescription = {
  name: 'user_id',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: 'A positive integer',
};

/** objective's routes for the OpenAPI document (docs/dialects/objective.md). */
export const OBJECTIVE_API: DialectApiDescription<typeof OBJECTIVE_ROUTES> = {
  description: 'A Laravel-style users API: Bearer keys, JSON, 422 bodies listing every failing rule, Laravel’s 404 for missing routes',
  securitySchemes: { bearer: BEARER_API_KEY },
  routes: {
    createUser: {
      summary: 'Create a user',
      security: ['bearer'],
      requestBody: {
        type: 'application/json',
        schema: userInput(['email']),
        required: true,
        example: { email: 'jane@example.com', first_name: 'Jane', password: 'a long password' },
      },
      responses: {
        201: jsonAnswer(
          'Created',
          closedObject({ message: { const: 'User created successfully' }, user_id: { type: 'integer' } }, ['message', 'user_id']),
          { message: 'User created successfully', user_id: 7 },
        ),
        ...common,
        403: jsonAnswer(
          'No or a wrong key, one without `user:manage`, or the seat limit is reached',
          { anyOf: [emptyObject, error] },
          { error: 'User limit reached' },
        ),
        ...invalidAnswer({ message: 'The given data was invalid.', errors: { email: ['The email has already been taken.'] } }),
        ...tooLarge,
      },
    },
    listUsersDisabled: {
      summary: 'Not served: Laravel’s route-not-found 404',
      deprecated: true,
      responses: routeNotFound('api/users'),
    },
    getUser: {
      summary: 'One user',
      security: ['bearer'],
      parameters: [userId],
      responses: { 200: jsonAnswer('The user, keys in this order', USER, undefined), ...common, ...notFound },
    },
    headUser: {
      summary: 'One user’s headers, as GET without the body',
      security: ['bearer'],
      parameters: [userId],
      responses: {
        200: { description: 'The user exists (GET’s headers, no body)' },
        403: { description: 'As GET' },
        404: { description: 'As GET' },
      },
    },
    updateUser: {
      summary: 'Change some fields of a user',
      security: ['bearer'],
      parameters: [userId],
      requestBody: { type: 'application/json', schema: userInput([]), example: { first_name: 'Janet' } },
      responses: {
        200: jsonAnswer('Changed (also for `{}` or an empty body)', message({ const: 'User updated successfully' }), {
          message: 'User updated successfully',
        }),
        ...common,
        403: jsonAnswer(
          'A wrong key, a user ranked above it, or one with backend access',
          { anyOf: [emptyObject, error] },
          { error: 'Users with backend access cannot be modified through the API' },
        ),
        ...notFound,
        ...conflict,
        ...invalidAnswer({
          message: 'The given data was invalid.',
          errors: { password: ['The password field must be at least 8 characters.'] },
        }),
        ...tooLarge,
      },
    },
    deleteUserDisabled: {
      summary: 'Not served: Laravel’s route-not-found 404',
      deprecated: true,
      parameters: [userId],
      responses: routeNotFound('api/users/7'),
    },
  },
};
