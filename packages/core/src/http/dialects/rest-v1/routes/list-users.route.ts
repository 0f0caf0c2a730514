import { validationError } from '../../../../errors';
import type { RouteHandler } from '../../../dialect-plugin';
import { jsonResponse } from '../../../responses';
import { ListUsersQuery } from '../dto/list-users.query';
import { keyed, type RestV1Context } from '../rest-v1.context';
import { listedUserView } from '../user.view';
import { roleIssues } from '../validation/role-check';
import { validateDto } from '../validation/validate-dto';

const DEFAULT_PAGE = 1;
const DEFAULT_LIMIT = 20;

/** GET /api/v1/users: 200 `{"data":[…],"meta":{"total","page","limit","pages"}}`, oldest first. */
export function listUsersRoute(context: RestV1Context): RouteHandler {
  return keyed(context, async (actor, { request }) => {
    const { value: query, issues } = validateDto(ListUsersQuery, { ...request.query }, { forbidUnknown: false });
    const all = [...issues, ...roleIssues(context.roster.roleCatalog, query.role, issues)];
    if (all.length > 0) throw validationError(all);
    const result = await context.roster.users.list(actor, {
      page: query.page ?? DEFAULT_PAGE,
      limit: query.limit ?? DEFAULT_LIMIT,
      ...(query.status === undefined ? {} : { status: query.status }),
      ...(query.role === undefined ? {} : { role: query.role }),
    });
    return jsonResponse(200, {
      data: result.items.map(listedUserView),
      meta: { total: result.total, page: result.page, limit: result.limit, pages: result.pages },
    });
  });
}
