import type { Roster } from '../../../roster.types';
import type { RouteHandler } from '../../dialect-plugin';
import { xmlResponse } from '../../responses';
import { authenticateIspring } from './ispring-auth';
import { pathUserId } from './ispring-headers';
import { userProfileDocument } from './user-profile.xml';

/** `GET /user/{id}`: the `<userProfile>`; unknown or out of scope → 404 `Unknown User` (capital U here: error-overrides.ts). */
export function getUserRoute(roster: Roster): RouteHandler {
  return async ({ request, params }) => {
    const actor = await authenticateIspring(roster, request);
    const user = await roster.users.get(actor, { id: pathUserId(params['id']) });
    return xmlResponse(200, userProfileDocument(user, await roster.users.profileSchema(actor)));
  };
}
