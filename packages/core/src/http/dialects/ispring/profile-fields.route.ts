import type { Roster } from '../../../roster.types';
import type { RouteHandler } from '../../dialect-plugin';
import { xmlResponse } from '../../responses';
import { authenticateIspring } from './ispring-auth';
import { profileFieldsDocument } from './user-profile.xml';

/** `GET /user/profile/fields`: the tenant's profile-field schema; the same permission as `GET /user`. */
export function profileFieldsRoute(roster: Roster): RouteHandler {
  return async ({ request }) => {
    const actor = await authenticateIspring(roster, request);
    return xmlResponse(200, profileFieldsDocument(await roster.users.profileSchema(actor)));
  };
}
