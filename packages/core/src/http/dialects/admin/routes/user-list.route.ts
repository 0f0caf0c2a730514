import type { Actor, UserView } from '../../../../domain';
import { validationError } from '../../../../errors';
import type { UserFilter, UserListPosition, UserSortPosition } from '../../../../ports';
import type { RouteHandler } from '../../../dialect-plugin';
import type { RosterRequest, RosterResponse } from '../../../http.types';
import { jsonResponse } from '../../../responses';
import { validateDto } from '../../../validation/validate-dto';
import { decodeAdminCursor, decodeSortedCursor, encodeAdminCursor, encodeSortedCursor, type AdminCursorFilters } from '../admin-cursor';
import { type AdminContext, tenantKey } from '../admin.context';
import { adminDeletedUserView, adminUserView } from '../admin.views';
import { ListUsersQuery } from '../dto/list-users.query';
import { planUserList, PROFILE_PARAMETER, type UserListPlan } from '../user-list-query';
import { userSearchFilter } from '../user-search';

const DEFAULT_LIMIT = 20;

/** The parameters that cannot join `status=deleted` (it takes `limit`, `after` and `total`, and always counts). */
const NOT_WITH_DELETED = [
  'role',
  'organization_id',
  'organization_subtree',
  'group_id',
  'created_after',
  'created_before',
  'last_login_after',
  'last_login_before',
  'sort',
] as const;

/** The query split into the DTO's parameters and the `profile.<field>` ones. */
function readQuery(request: RosterRequest): { query: ListUsersQuery; profile: Record<string, string | readonly string[]> } {
  // fromEntries defines own properties: a `__proto__` parameter stays a parameter (and is refused).
  const entries = Object.entries(request.query);
  const plain: Record<string, unknown> = Object.fromEntries(entries.filter(([name]) => !PROFILE_PARAMETER.test(name)));
  const profile: Record<string, string | readonly string[]> = Object.fromEntries(entries.filter(([name]) => PROFILE_PARAMETER.test(name)));
  const { value, issues } = validateDto(ListUsersQuery, plain, { forbidUnknown: true });
  if (issues.length > 0) throw validationError(issues);
  return { query: value, profile };
}

function refusedCursor(position: 'invalid' | 'other-filters' | 'other-sort'): never {
  const message = {
    invalid: 'must be a cursor from next',
    'other-filters': 'was issued for other filters',
    'other-sort': 'was issued for another sort',
  };
  throw validationError([{ field: 'after', message: message[position] }]);
}

/** `GET /users?status=deleted`: the soft-deleted users, as the live ones are listed (createdAt, then id). */
async function listDeleted(
  context: AdminContext,
  actor: Actor,
  query: ListUsersQuery,
  profile: Readonly<Record<string, unknown>>,
): Promise<RosterResponse> {
  // An empty `q` is no search, so it combines with anything.
  const field = NOT_WITH_DELETED.find((name) => query[name] !== undefined) ?? (query.q ? 'q' : Object.keys(profile)[0]);
  if (field !== undefined) throw validationError([{ field, message: 'cannot be combined with status=deleted' }]);
  const filters: AdminCursorFilters = { status: 'deleted' };
  const position = query.after === undefined || query.after === '' ? undefined : decodeAdminCursor(query.after, filters);
  if (typeof position === 'string') refusedCursor(position);
  const result = await context.roster.userLifecycle.listDeleted(actor, {
    limit: query.limit ?? DEFAULT_LIMIT,
    ...(position === undefined ? {} : { after: position }),
  });
  const next = result.next === null ? null : encodeAdminCursor(result.next, filters);
  return jsonResponse(200, { data: result.items.map(adminDeletedUserView), next, total: result.total });
}

/** The keyset position the cursor names: by createdAt for the default order, else in the sort's. */
function positionOf(
  query: ListUsersQuery,
  plan: UserListPlan,
  filters: AdminCursorFilters,
): { after?: UserListPosition; afterSorted?: UserSortPosition } {
  if (query.after === undefined || query.after === '') return {};
  if (plan.sortName === 'created') {
    const position = decodeAdminCursor(query.after, filters);
    return typeof position === 'string' ? refusedCursor(position) : { after: position };
  }
  const position = decodeSortedCursor(query.after, plan.sortName, filters);
  return typeof position === 'string' ? refusedCursor(position) : { afterSorted: position };
}

/** The cursor after the page's last user (`more`: whether any follow). */
function nextCursor(plan: UserListPlan, last: UserView | undefined, more: boolean, filters: AdminCursorFilters): string | null {
  if (!more || last === undefined) return null;
  if (plan.sortName === 'created') return encodeAdminCursor({ createdAt: last.createdAt, id: last.id }, filters);
  return encodeSortedCursor(plan.sortName, { key: last[plan.sort.field], id: last.id }, filters);
}

/**
 * `GET /users`: filters (several statuses or roles, an organization's subtree, a group, created
 * and last-login bounds, profile values, `q`), one of four orders, an opaque cursor bound to
 * both, and `total` only when asked (no count otherwise).
 */
export function listUsersRoute(context: AdminContext): RouteHandler {
  const { roster } = context;
  return tenantKey(context, async (actor, { request }) => {
    const { query, profile } = readQuery(request);
    if (query.status === 'deleted') return listDeleted(context, actor, query, profile);
    const schema = Object.keys(profile).length === 0 ? [] : await roster.users.profileSchema(actor);
    const plan = planUserList(query, profile, roster.roleCatalog, schema);
    if (plan.issues.length > 0) throw validationError(plan.issues);
    const filters: AdminCursorFilters = {
      status: query.status,
      role: query.role,
      organizationId: query.organization_id,
      q: query.q,
      more: plan.more,
    };
    const search = userSearchFilter(query.q);
    const filter: readonly UserFilter[] = search === undefined ? plan.filter : [...plan.filter, search];
    const [status] = plan.statuses.length === 1 ? plan.statuses : [];
    const [role] = plan.roles.length === 1 ? plan.roles : [];
    const result = await roster.users.listPage(actor, {
      limit: query.limit ?? DEFAULT_LIMIT,
      countTotal: query.total === 'true',
      ...(status === undefined ? {} : { status }),
      ...(role === undefined ? {} : { role }),
      ...(query.organization_id === undefined ? {} : { organizationId: query.organization_id }),
      ...(query.organization_subtree === 'true' ? { organizationSubtree: true } : {}),
      ...(query.group_id === undefined ? {} : { groupId: query.group_id }),
      ...(filter.length === 0 ? {} : { filter: filter.length === 1 && filter[0] !== undefined ? filter[0] : { and: filter } }),
      ...(plan.sortName === 'created' ? {} : { sort: plan.sort }),
      ...positionOf(query, plan, filters),
    });
    const next = nextCursor(plan, result.items.at(-1), result.more, filters);
    return jsonResponse(200, {
      data: result.items.map(adminUserView),
      next,
      ...(result.total === undefined ? {} : { total: result.total }),
    });
  });
}
