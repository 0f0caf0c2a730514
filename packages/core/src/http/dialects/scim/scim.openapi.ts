import type { AnswerDescription, DialectApiDescription, JsonSchema, ParameterDescription } from '../../openapi/openapi.types';
import { closedObject, emptyAnswer, header } from '../../openapi/openapi-answers';
import type { SCIM_ROUTES } from './scim.routes';

const scim = (description: string, schema: JsonSchema, headers?: AnswerDescription['headers']): AnswerDescription => ({
  description,
  content: { type: 'application/scim+json', schema },
  ...(headers === undefined ? {} : { headers }),
});

const resource: JsonSchema = { type: 'object', description: 'A SCIM resource (RFC 7643)' };
const user: JsonSchema = {
  type: 'object',
  description: 'A User resource (RFC 7643 §4.1) with the attributes the README lists',
  required: ['schemas', 'id', 'userName', 'meta'],
};
const list: JsonSchema = closedObject(
  {
    schemas: { type: 'array', items: { const: 'urn:ietf:params:scim:api:messages:2.0:ListResponse' } },
    totalResults: { type: 'integer' },
    startIndex: { type: 'integer' },
    itemsPerPage: { type: 'integer' },
    Resources: { type: 'array', items: resource },
  },
  ['schemas', 'totalResults', 'startIndex', 'itemsPerPage', 'Resources'],
);
const error: JsonSchema = closedObject(
  {
    schemas: { type: 'array', items: { const: 'urn:ietf:params:scim:api:messages:2.0:Error' } },
    status: { type: 'string' },
    scimType: { type: 'string' },
    detail: { type: 'string' },
  },
  ['schemas', 'status', 'detail'],
);
const etag = { ETag: { description: 'The user’s version, `W/"<version>"`', schema: { type: 'string' } } };
const groupEtag = { ETag: { description: 'The group’s version, `W/"<version>"`', schema: { type: 'string' } } };
const failure = (description: string) => scim(description, error);
const group: JsonSchema = {
  type: 'object',
  description: 'A Group resource (RFC 7643 §4.2): id, displayName, members, meta.version (the ETag)',
  required: ['schemas', 'id', 'displayName', 'meta'],
};

const bulkRequest: JsonSchema = closedObject(
  {
    schemas: { type: 'array', items: { const: 'urn:ietf:params:scim:api:messages:2.0:BulkRequest' } },
    failOnErrors: { type: 'integer', minimum: 1 },
    Operations: {
      type: 'array',
      items: closedObject(
        {
          method: { enum: ['POST', 'PUT', 'PATCH', 'DELETE'] },
          path: {
            type: 'string',
            description: '/Users or /Groups (POST), /Users/{id} or /Groups/{id}; `bulkId:<id>` for a resource this request creates',
          },
          bulkId: { type: 'string', description: 'Required on POST; referred to as `bulkId:<id>` in later operations' },
          version: { type: 'string', description: 'The If-Match of the operation (`W/"3"`)' },
          data: resource,
        },
        ['method', 'path'],
      ),
    },
  },
  ['schemas', 'Operations'],
);
const bulkResponse: JsonSchema = closedObject(
  {
    schemas: { type: 'array', items: { const: 'urn:ietf:params:scim:api:messages:2.0:BulkResponse' } },
    Operations: {
      type: 'array',
      items: closedObject(
        {
          method: { type: 'string' },
          bulkId: { type: 'string' },
          location: { type: 'string' },
          version: { type: 'string' },
          status: { type: 'string', description: 'The HTTP status of the operation, as a string' },
          response: { ...error, description: 'The SCIM error of a failed operation' },
        },
        ['method', 'status'],
      ),
    },
  },
  ['schemas', 'Operations'],
);

const common = {
  401: failure('No key, another scheme or an unknown key'),
  403: failure('The key lacks scim:provision or user:manage, the user ranks above it or lies outside its organization'),
  429: failure('Too many requests'),
  500: failure('An unexpected failure (logged, never echoed)'),
  503: failure('The store is unavailable'),
};
const notFound = { 404: failure('No such user in the key’s tenant and reach') };
const badRequest = { 400: failure('invalidFilter, invalidSyntax, invalidPath, noTarget or invalidValue') };
const conflict = { 409: failure('uniqueness: userName or the e-mail is taken; or a concurrent change') };
const precondition = { 412: failure('If-Match names another version') };
const tooLarge = { 413: failure('A body over 1 MiB') };
const id: ParameterDescription = { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^usr_' } };
const groupId: ParameterDescription = { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[1-9][0-9]*$' } };
const groupNotFound = { 404: failure('No such group in the key’s tenant and reach') };
const ifMatch = header('If-Match', 'Hold the write to this version (`W/"3"`); another one answers 412');
const projection: ParameterDescription[] = [
  { name: 'attributes', in: 'query', description: 'Only these attributes (comma-separated)', schema: { type: 'string' } },
  { name: 'excludedAttributes', in: 'query', description: 'All but these attributes', schema: { type: 'string' } },
];
const body = (description: string) => ({ type: 'application/scim+json' as const, schema: resource, required: true, description });
const discovery = (summary: string, parameters?: ParameterDescription[]) => ({
  summary,
  ...(parameters === undefined ? {} : { parameters }),
  responses: { 200: scim('The document', resource), 404: failure('No such resource type or schema') },
});

/** The scim dialect's routes for the OpenAPI document (README.md). */
export const SCIM_API: DialectApiDescription<typeof SCIM_ROUTES> = {
  description: 'SCIM 2.0 (RFC 7643/7644) /Users and /Groups for identity providers: Bearer keys, application/scim+json, ETags',
  securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A tenant API key with scim:provision or user:manage' } },
  routes: {
    serviceProviderConfig: { summary: 'What the service provider supports', responses: { 200: scim('The configuration', resource) } },
    resourceTypes: { summary: 'The resource types (User)', responses: { 200: scim('The list', list) } },
    resourceType: discovery('One resource type', [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }]),
    schemas: { summary: 'The schemas (core User)', responses: { 200: scim('The list', list) } },
    schema: discovery('One schema', [{ name: 'urn', in: 'path', required: true, schema: { type: 'string' } }]),
    listUsers: {
      summary: 'List users, filtered and paged',
      parameters: [
        {
          name: 'filter',
          in: 'query',
          description: 'RFC 7644 filter (eq ne co sw ew pr gt ge lt le, and or not, emails[…]) on the stored attributes (README.md)',
          schema: { type: 'string' },
        },
        {
          name: 'sortBy',
          in: 'query',
          description: 'userName, name.givenName, name.familyName, emails.value, meta.created or meta.lastModified',
          schema: { type: 'string' },
        },
        { name: 'sortOrder', in: 'query', schema: { type: 'string', enum: ['ascending', 'descending'] } },
        { name: 'startIndex', in: 'query', description: '1-based', schema: { type: 'integer' } },
        { name: 'count', in: 'query', description: 'At most maxResults', schema: { type: 'integer' } },
        ...projection,
      ],
      responses: { 200: scim('A page of users', list), ...badRequest, ...common },
      security: ['bearer'],
    },
    createUser: {
      summary: 'Create a user',
      parameters: projection,
      requestBody: body('A User resource'),
      responses: {
        201: scim('The user', user, { ...etag, Location: { description: 'The user’s path', schema: { type: 'string' } } }),
        ...badRequest,
        ...conflict,
        ...tooLarge,
        ...common,
      },
      security: ['bearer'],
    },
    getUser: {
      summary: 'One user',
      parameters: [id, ...projection],
      responses: { 200: scim('The user', user, etag), ...notFound, ...common },
      security: ['bearer'],
    },
    replaceUser: {
      summary: 'Replace a user',
      parameters: [id, ifMatch, ...projection],
      requestBody: body('A User resource'),
      responses: { 200: scim('The user', user, etag), ...badRequest, ...notFound, ...conflict, ...precondition, ...tooLarge, ...common },
      security: ['bearer'],
    },
    patchUser: {
      summary: 'Patch a user (RFC 7644 §3.5.2)',
      parameters: [id, ifMatch, ...projection],
      requestBody: body('A PatchOp'),
      responses: { 200: scim('The user', user, etag), ...badRequest, ...notFound, ...conflict, ...precondition, ...tooLarge, ...common },
      security: ['bearer'],
    },
    deleteUser: {
      summary: 'Delete a user (the seat is given back)',
      parameters: [id, ifMatch],
      responses: { 204: emptyAnswer('Deleted'), ...notFound, ...precondition, ...common },
      security: ['bearer'],
    },
    listGroups: {
      summary: 'List the groups in the key’s reach, filtered and paged',
      parameters: [
        { name: 'filter', in: 'query', description: 'displayName eq "…" (exact) or externalId eq "…"', schema: { type: 'string' } },
        { name: 'startIndex', in: 'query', description: '1-based', schema: { type: 'integer' } },
        { name: 'count', in: 'query', description: 'At most maxResults', schema: { type: 'integer' } },
        ...projection,
      ],
      responses: { 200: scim('A page of groups', list), ...badRequest, ...common },
      security: ['bearer'],
    },
    getGroup: {
      summary: 'One group with its members',
      parameters: [groupId, ...projection],
      responses: { 200: scim('The group', group, groupEtag), ...groupNotFound, ...common },
      security: ['bearer'],
    },
    createGroup: {
      summary: 'Create a group (displayName unique in the tenant in any case), with its members when sent',
      parameters: projection,
      requestBody: body('A Group resource'),
      responses: {
        201: scim('The group', group, { ...groupEtag, Location: { description: 'The group’s path', schema: { type: 'string' } } }),
        ...badRequest,
        ...conflict,
        ...tooLarge,
        ...common,
      },
      security: ['bearer'],
    },
    replaceGroup: {
      summary: 'Replace a group: displayName, and the members as sent',
      parameters: [groupId, ifMatch, ...projection],
      requestBody: body('A Group resource'),
      responses: {
        200: scim('The group', group, groupEtag),
        ...badRequest,
        ...groupNotFound,
        ...conflict,
        ...precondition,
        ...tooLarge,
        ...common,
      },
      security: ['bearer'],
    },
    patchGroup: {
      summary: 'Rename a group, add, remove or replace its members (RFC 7644 §3.5.2)',
      parameters: [groupId, ifMatch, ...projection],
      requestBody: body('A PatchOp'),
      responses: {
        200: scim('The group', group, groupEtag),
        ...badRequest,
        ...groupNotFound,
        ...conflict,
        ...precondition,
        ...tooLarge,
        ...common,
      },
      security: ['bearer'],
    },
    deleteGroup: {
      summary: 'Delete a group and its memberships (the users stay)',
      parameters: [groupId, ifMatch],
      responses: { 204: emptyAnswer('Deleted'), ...groupNotFound, ...precondition, ...common },
      security: ['bearer'],
    },
    bulk: {
      summary: 'Run POST, PUT, PATCH and DELETE operations on Users and Groups in order, each as its own route answers it (RFC 7644 §3.7)',
      requestBody: { type: 'application/scim+json', schema: bulkRequest, required: true, description: 'A BulkRequest' },
      responses: {
        200: scim('A BulkResponse: each operation run, with its status', bulkResponse),
        400: failure('invalidSyntax: not a BulkRequest'),
        413: failure('More than maxOperations operations, or a body over maxPayloadSize'),
        ...common,
      },
      security: ['bearer'],
    },
  },
};
