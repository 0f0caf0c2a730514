import type { Roster } from '../../../roster.types';
import type { RouteHandler } from '../../dialect-plugin';
import { xmlResponse } from '../../responses';
import { authenticateIspring } from './ispring-auth';
import { ListUsersHeadersDto } from './ispring-headers.dto';
import { LIST_HEADERS, readHeaders } from './ispring-headers';
import { usersDocument } from './user-profile.xml';

/**
 * `GET /user`: the users the actor may see as XML, filtered by `X-Organization-Id` and
 * `X-Group-Id`. At most `listLimit` users per answer, in the core's order (creation, then id);
 * `X-Page` (1-based, our extension) reaches the rest and `X-Total-Count` tells how many match.
 */
export function listUsersRoute(roster: Roster, listLimit: number): RouteHandler {
  return async ({ request }) => {
    const actor = await authenticateIspring(roster, request);
    const dto = readHeaders(ListUsersHeadersDto, request.headers, LIST_HEADERS);
    const result = await roster.users.list(actor, {
      ...(dto.organizationId === undefined ? {} : { organizationId: Number(dto.organizationId) }),
      ...(dto.groupId === undefined ? {} : { groupId: Number(dto.groupId) }),
      page: dto.page === undefined ? 1 : Number(dto.page),
      limit: listLimit,
    });
    const schema = await roster.users.profileSchema(actor);
    return xmlResponse(200, usersDocument(result.items, schema), { 'X-Total-Count': String(result.total) });
  };
}
