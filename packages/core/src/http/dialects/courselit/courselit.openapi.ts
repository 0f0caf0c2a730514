import type { DialectApiDescription, JsonSchema, ParameterDescription } from '../../openapi/openapi.types';
import { closedObject, jsonAnswer, RETRY_AFTER } from '../../openapi/openapi-answers';
import { COURSELIT_PERMISSIONS } from './courselit-fields.dto';
import type { COURSELIT_ROUTES } from './courselit.routes';

/**
 * The body of POST and PATCH (CourselitFieldsDto and the request checks): `null` counts as
 * absent, unknown fields are ignored. courselit-fields.schema.spec.ts checks it against the DTO.
 */
export const COURSELIT_BODY_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    apikey: {
      type: 'string',
      minLength: 1,
      description: 'An API key of the tenant (or send it in `x-api-key`, which wins when both are sent)',
    },
    email: { type: 'string', minLength: 1, format: 'email', description: 'As sent: surrounding spaces are invalid' },
    name: { type: ['string', 'null'], maxLength: 255 },
    subscribedToUpdates: { type: ['boolean', 'null'], description: 'Default `true` on create' },
    permissions: {
      type: ['array', 'null'],
      items: { type: 'string', enum: [...COURSELIT_PERMISSIONS] },
      description: 'Added to the tenant’s defaults on create; replaces the set on update',
    },
  },
  required: ['email'],
};

const message: JsonSchema = closedObject({ message: { type: 'string' } }, ['message']);
const error: JsonSchema = closedObject({ error: { type: 'string' } }, ['error']);
const md5: JsonSchema = closedObject(
  { email: { type: 'string', pattern: '^[0-9a-f]{32}$', description: 'MD5 hex of the e-mail as sent' } },
  ['email'],
);
const domain: ParameterDescription = {
  name: 'domain',
  in: 'header',
  required: false,
  description: 'The tenant’s name, exact case; without it the `Host` (port stripped) is matched against the tenants’ `hosts`',
  schema: { type: 'string' },
  example: 'demo',
};
const apiKeyHeader: ParameterDescription = {
  name: 'x-api-key',
  in: 'header',
  required: false,
  description: 'The API key, as CourseLit’s current clients send it (instead of, or over, the body’s `apikey`)',
  schema: { type: 'string', minLength: 1 },
};
const body = { type: 'application/json', schema: COURSELIT_BODY_SCHEMA, required: true } as const;
const ok = { email: '9e26471d35a78862c17e467d87cddedf' };

const common = {
  401: jsonAnswer('No key of this tenant has that secret', message, { message: 'Unauthorized' }),
  403: jsonAnswer('The key lacks `user:manage`, grants a permission it does not hold, or the user ranks above it', message, {
    message: 'Forbidden',
  }),
  404: jsonAnswer('No tenant of that name (or, without `domain`, none lists the Host)', message, { message: 'Domain not found' }),
  413: jsonAnswer('A body over 1 MiB', message, { message: 'Bad request' }),
  429: jsonAnswer('Too many requests', message, { message: 'Too many requests' }, RETRY_AFTER),
  500: jsonAnswer('An unexpected failure (logged, never echoed)', error, { error: 'An internal error occurred. Please try again.' }),
};
const badRequest = (description: string, example: unknown) => ({ 400: jsonAnswer(description, { anyOf: [message, error] }, example) });

/** courselit's routes for the OpenAPI document (docs/dialects/courselit.md). */
export const COURSELIT_API: DialectApiDescription<typeof COURSELIT_ROUTES> = {
  description:
    'CourseLit’s user API: the school in a `domain` header or the Host, the API key in `x-api-key` or the JSON body, the answer the MD5 of the e-mail',
  routes: {
    createUser: {
      summary: 'Create a user',
      parameters: [domain, apiKeyHeader],
      requestBody: { ...body, example: { apikey: 'rk_…', email: 'jane@example.com', name: 'Jane Doe', permissions: ['community:post'] } },
      responses: {
        200: jsonAnswer('Created', md5, ok),
        ...badRequest('A malformed body or field (`message`), or the e-mail exists or the seat limit is reached (`error`)', {
          error: 'The user already exists',
        }),
        ...common,
      },
    },
    updateUser: {
      summary: 'Change a user found by e-mail (the e-mail itself cannot change)',
      parameters: [domain, apiKeyHeader],
      requestBody: { ...body, example: { apikey: 'rk_…', email: 'jane@example.com', subscribedToUpdates: false } },
      responses: {
        200: jsonAnswer('Changed', md5, ok),
        ...badRequest('A malformed body or field', { message: 'Bad request' }),
        ...common,
        404: jsonAnswer(
          'No tenant of that name, or no such user in the tenant and the key’s reach',
          { anyOf: [message, error] },
          { error: 'User not found' },
        ),
      },
    },
  },
};
