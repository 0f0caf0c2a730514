import type { ParameterDescription, RouteApiDescription } from '../../openapi/openapi.types';
import { closedObject } from '../../openapi/openapi-answers';
import { query, requestId } from './admin.openapi-answers';
import { DELETED_USER, id, nullable, status, USER } from './admin.openapi-schemas';
import { USER_LIST_SORTS } from './dto/list-users.query';
import { MAX_SEARCH_LENGTH } from './user-search';

const instant = { type: 'string', description: 'ISO 8601: a date (midnight UTC) or a date-time with a UTC offset' } as const;

/** `GET /roster/v1/users`'s query parameters (the `profile.<field>` ones are in the route's description). */
const LIST_USERS_PARAMETERS: readonly ParameterDescription[] = [
  requestId,
  query('limit', { type: 'integer', minimum: 1, maximum: 100 }, 'Page size (default 20)'),
  query('after', { type: 'string' }, 'The `next` cursor of the previous page, with the same filters and `sort`'),
  query(
    'status',
    { type: 'string', example: 'active,pending' },
    `Only users with one of these statuses, comma-separated (${(status['enum'] as string[]).join(', ')}); \`deleted\` alone: the soft-deleted users (\`user:manage\`; with \`limit\`, \`after\` and \`total\` only; always counted)`,
  ),
  query('role', { type: 'string', example: 'user,publisher' }, 'Only users with one of these roles of the tenant, comma-separated'),
  query('organization_id', id, 'Only users of this organization (outside the key’s subtree: none)'),
  query(
    'organization_subtree',
    { type: 'string', enum: ['true', 'false'] },
    '`true`: the users of `organization_id` and of every organization below it',
  ),
  query('group_id', id, 'Only members of this group'),
  query('created_after', instant, 'Only users created after this instant (exclusive)'),
  query('created_before', instant, 'Only users created before this instant (exclusive)'),
  query('last_login_after', instant, 'Only users whose last sign-in is after this instant (never signed in: no match)'),
  query('last_login_before', instant, 'Only users whose last sign-in is before this instant (never signed in: no match)'),
  query(
    'sort',
    { type: 'string', enum: [...USER_LIST_SORTS] },
    'The order (default `created`): `created`, `email`, `name` (last name) or `last_login`, `-` before it for descending; text in any case by code point, users without a value last ascending and first descending, ties by user age',
  ),
  query(
    'total',
    { type: 'string', enum: ['true', 'false'] },
    '`true`: the answer carries `total`, the number of all matches (counted only then)',
  ),
  query(
    'q',
    { type: 'string', maxLength: MAX_SEARCH_LENGTH },
    'Text search: only users whose e-mail, first name, last name or login contains this text, in any case (`%`, `_` and `\\` are literal); empty: no search',
  ),
];

/** The users list in the admin OpenAPI document. */
export const LIST_USERS_API: RouteApiDescription = {
  summary: 'List users, oldest first or in another order',
  description:
    'Filters combine (all must hold). `profile.<field>=value`: only users whose profile field equals the value, in any case; ' +
    'the field is one of the tenant’s profile schema kept in the profile (its custom fields, and standard ones such as ' +
    '`job_title`), else 400 naming the parameter. The `next` cursor carries the position in the chosen order and is refused ' +
    '(400 on `after`) with other filters or another `sort`.',
  security: ['bearer'],
  parameters: LIST_USERS_PARAMETERS,
  responses: {},
};

/** The page a list answers: `total` only when `total=true` was asked (`status=deleted`: always). */
export const USER_PAGE = closedObject(
  { data: { type: 'array', items: { anyOf: [USER, DELETED_USER] } }, next: nullable('string'), total: { type: 'integer' } },
  ['data', 'next'],
);
