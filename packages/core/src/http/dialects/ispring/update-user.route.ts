import type { RosterError } from '../../../errors';
import type { Roster } from '../../../roster.types';
import type { RouteHandler } from '../../dialect-plugin';
import type { RosterResponse } from '../../http.types';
import { emptyResponse, textResponse } from '../../responses';
import { notUniqueText } from './ispring.errors';
import { withErrorOverrides } from './error-overrides';
import { parseFieldsXml } from './fields-xml.parser';
import { authenticateIspring, tenantSchema } from './ispring-auth';
import { PlacementHeadersDto } from './ispring-headers.dto';
import { exceededGroupsHeader, pathUserId, PLACEMENT_HEADERS, placementInput, readHeaders } from './ispring-headers';

/** The update's answer to a taken login or e-mail, echoing the value as the client sent it. */
const notUnique =
  (field: 'email' | 'login', sent: string | null | undefined) =>
  (error: RosterError): RosterResponse =>
    textResponse(400, notUniqueText(sent ?? error.details.value ?? '', field));

/**
 * `POST /user/{id}`: `X-Fields-Xml` is read (and a bad one answered 400) right after
 * authentication, before the user is looked up or any permission checked. Success: 200, empty.
 */
export function updateUserRoute(roster: Roster): RouteHandler {
  return async ({ request, params }) => {
    const actor = await authenticateIspring(roster, request);
    const fields = parseFieldsXml(request.headers['x-fields-xml'], await tenantSchema(roster, actor));
    const dto = readHeaders(PlacementHeadersDto, request.headers, PLACEMENT_HEADERS);
    const overrides = { EMAIL_TAKEN: notUnique('email', fields.email), LOGIN_TAKEN: notUnique('login', fields.login) };
    return withErrorOverrides(overrides, async () => {
      const input = { ...fields, ...placementInput(dto) };
      const result = await roster.users.update(actor, { id: pathUserId(params['id']) }, input);
      return emptyResponse(200, exceededGroupsHeader(result.exceededGroupIds));
    });
  };
}
