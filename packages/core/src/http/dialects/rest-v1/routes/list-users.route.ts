import { validationError, type FieldIssue } from '../../../../errors';
import type { UserListPosition } from '../../../../ports';
import type { RouteHandler } from '../../../dialect-plugin';
import { jsonResponse } from '../../../responses';
import { ListUsersQuery } from '../dto/list-users.query';
import { decodeCursor, encodeCursor, type CursorFilters } from '../list-cursor';
import { keyed, type RestV1Context } from '../rest-v1.context';
import { listedUserView } from '../user.view';
import { roleIssues } from '../../../validation/role-check';
import { validateDto } from '../../../validation/validate-dto';

const DEFAULT_PAGE = 1;
const DEFAULT_LIMIT = 20;

/** Where a cursor walk starts (`undefined`: at the first user), or the issue that refuses `after`. */
function positionOf(query: ListUsersQuery, filters: CursorFilters): { position?: UserListPosition; issue?: FieldIssue } {
  if (query.after === undefined || query.after === '') return {};
  const reading = decodeCursor(query.after, filters);
  if (reading.ok) return { position: reading.position };
  const message = reading.reason === 'invalid' ? 'must be a cursor from meta.next' : 'was issued for other filters';
  return { issue: { field: 'after', message } };
}

/**
 * GET /api/v1/users: 200 `{"data":[…],"meta":{"total","page","limit","pages"}}`, oldest first;
 * with `after` (a cursor walk) `meta` is `{"total","limit","next"}` instead.
 */
export function listUsersRoute(context: RestV1Context): RouteHandler {
  return keyed(context, async (actor, { request }) => {
    const { value: query, issues } = validateDto(ListUsersQuery, { ...request.query }, { forbidUnknown: false });
    const all = [...issues, ...roleIssues(context.roster.roleCatalog, query.role, issues)];
    const filters: CursorFilters = { status: query.status, role: query.role };
    const walk = query.after !== undefined && !all.some((issue) => issue.field === 'after');
    const { position, issue } = walk ? positionOf(query, filters) : {};
    if (walk && query.page !== undefined) all.push({ field: 'after', message: 'cannot be combined with page' });
    else if (issue !== undefined) all.push(issue);
    if (all.length > 0) throw validationError(all);
    const result = await context.roster.users.list(actor, {
      page: query.page ?? DEFAULT_PAGE,
      limit: query.limit ?? DEFAULT_LIMIT,
      ...(query.status === undefined ? {} : { status: query.status }),
      ...(query.role === undefined ? {} : { role: query.role }),
      ...(position === undefined ? {} : { after: position }),
    });
    const data = result.items.map(listedUserView);
    if (walk) {
      const next = result.next === null ? null : encodeCursor(result.next, filters);
      return jsonResponse(200, { data, meta: { total: result.total, limit: result.limit, next } });
    }
    return jsonResponse(200, { data, meta: { total: result.total, page: result.page, limit: result.limit, pages: result.pages } });
  });
}
