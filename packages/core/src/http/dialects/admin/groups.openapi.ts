import type { ParameterDescription, RouteApiDescription } from '../../openapi/openapi.types';
import { closedObject } from '../../openapi/openapi-answers';
import { ADMIN_PROBLEMS } from './admin.errors';
import { USER } from './admin.openapi-schemas';
import {
  body,
  idempotencyKey,
  inFlight,
  invalid,
  json,
  keyed,
  noContent,
  pathId,
  problems,
  requestId,
  reused,
  tooLarge,
} from './admin.openapi-answers';

const P = ADMIN_PROBLEMS;
const groupProperties = {
  id: { type: 'integer', description: 'The group’s id in its tenant' },
  name: { type: 'string', description: 'Unique in the tenant, case-insensitively' },
  organization_id: { type: 'integer', description: 'The organization the group belongs to' },
} as const;
export const GROUP = closedObject(groupProperties, Object.keys(groupProperties));
const CREATE_GROUP = closedObject(
  {
    name: { type: 'string', minLength: 1, maxLength: 255 },
    organization_id: { type: ['integer', 'null'], minimum: 1, description: 'Default: the tenant’s root organization' },
  },
  ['name'],
);
const UPDATE_GROUP = closedObject({ name: { type: 'string', minLength: 1, maxLength: 255 } }, ['name']);

type GroupOperation =
  'listGroups' | 'createGroup' | 'getGroup' | 'updateGroup' | 'deleteGroup' | 'listGroupMembers' | 'addGroupMember' | 'removeGroupMember';

function groupOperations(): Readonly<Record<GroupOperation, RouteApiDescription>> {
  const notFound = { 404: problems('No such group in the caller’s reach', P.GROUP_NOT_FOUND) };
  const userId: ParameterDescription = {
    name: 'userId',
    in: 'path',
    required: true,
    description: 'The user’s public id',
    schema: { type: 'string' },
  };
  const groupId = pathId('The group’s id');
  return {
    listGroups: {
      summary: 'List the groups in the caller’s reach, by id (user:read)',
      security: ['bearer'],
      parameters: [requestId],
      responses: { 200: json('The groups', closedObject({ data: { type: 'array', items: GROUP } }, ['data'])), ...keyed },
    },
    createGroup: {
      summary: 'Create a group (user:manage, a tenant-wide key)',
      security: ['bearer'],
      parameters: [requestId, idempotencyKey],
      requestBody: body(CREATE_GROUP),
      responses: {
        201: json('Created', GROUP),
        ...invalid,
        ...keyed,
        ...inFlight('The name is taken; or the Idempotency-Key’s first request still runs', P.GROUP_NAME_TAKEN),
        ...reused,
        ...tooLarge,
      },
    },
    getGroup: {
      summary: 'Get a group (user:read)',
      security: ['bearer'],
      parameters: [groupId, requestId],
      responses: { 200: json('The group', GROUP), ...keyed, ...notFound },
    },
    updateGroup: {
      summary: 'Rename a group (user:manage, a tenant-wide key)',
      security: ['bearer'],
      parameters: [groupId, requestId],
      requestBody: body(UPDATE_GROUP),
      responses: {
        200: json('The group as renamed', GROUP),
        ...invalid,
        ...keyed,
        ...notFound,
        409: problems('Another group of the tenant has the name', P.GROUP_NAME_TAKEN),
        ...tooLarge,
      },
    },
    deleteGroup: {
      summary: 'Delete a group and its memberships; the users stay (user:manage, a tenant-wide key)',
      security: ['bearer'],
      parameters: [groupId, requestId],
      responses: { 204: noContent, ...keyed, ...notFound },
    },
    listGroupMembers: {
      summary: 'The group’s members in the caller’s reach (user:read)',
      security: ['bearer'],
      parameters: [groupId, requestId],
      responses: { 200: json('The members', closedObject({ data: { type: 'array', items: USER } }, ['data'])), ...keyed, ...notFound },
    },
    addGroupMember: {
      summary: 'Make a user a member of the group (a user update: user:manage); already one: nothing changes',
      security: ['bearer'],
      parameters: [groupId, userId, requestId],
      responses: {
        204: noContent,
        ...keyed,
        404: problems('No such group or user in the caller’s reach', P.GROUP_NOT_FOUND, P.USER_NOT_FOUND),
      },
    },
    removeGroupMember: {
      summary: 'Take a user out of the group (a user update: user:manage); not a member: nothing changes',
      security: ['bearer'],
      parameters: [groupId, userId, requestId],
      responses: {
        204: noContent,
        ...keyed,
        404: problems('No such group or user in the caller’s reach', P.GROUP_NOT_FOUND, P.USER_NOT_FOUND),
      },
    },
  };
}

/** The groups routes of the admin document. */
export const GROUPS_API = groupOperations();
