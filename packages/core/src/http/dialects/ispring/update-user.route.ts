import type { Roster } from '../../../roster.types';
import type { RouteHandler } from '../../dialect-plugin';
import { emptyResponse } from '../../responses';
import { parseFieldsXml } from './fields-xml.parser';
import { authenticateIspring, tenantSchema } from './ispring-auth';
import { PlacementHeadersDto } from './ispring-headers.dto';
import { exceededGroupsHeader, pathUserId, PLACEMENT_HEADERS, placementInput, readHeaders } from './ispring-headers';

/**
 * `POST /user/{id}`: `X-Fields-Xml` is read (and a bad one answered 400) right after
 * authentication, before the user is looked up or any permission checked. Success: 200, empty.
 * A taken e-mail or login: 400 `Invalid value …` (error-overrides.ts).
 */
export function updateUserRoute(roster: Roster): RouteHandler {
  return async ({ request, params }) => {
    const actor = await authenticateIspring(roster, request);
    const fields = parseFieldsXml(request.headers['x-fields-xml'], await tenantSchema(roster, actor));
    const dto = readHeaders(PlacementHeadersDto, request.headers, PLACEMENT_HEADERS);
    const input = { ...fields, ...placementInput(dto) };
    const result = await roster.users.update(actor, { id: pathUserId(params['id']) }, input);
    return emptyResponse(200, exceededGroupsHeader(result.exceededGroupIds));
  };
}
