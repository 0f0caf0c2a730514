import type { Roster } from '../../../roster.types';
import type { RouteHandler } from '../../dialect-plugin';
import { textResponse, xmlResponse } from '../../responses';
import { withErrorOverrides } from './error-overrides';
import { authenticateIspring } from './ispring-auth';
import { pathUserId } from './ispring-headers';
import { ISPRING_TEXT } from './ispring.errors';
import { userProfileDocument } from './user-profile.xml';

/** `GET /user/{id}`: the `<userProfile>`; unknown or out of scope → 404 `Unknown User` (capital U here). */
export function getUserRoute(roster: Roster): RouteHandler {
  return async ({ request, params }) => {
    const actor = await authenticateIspring(roster, request);
    return withErrorOverrides({ USER_NOT_FOUND: () => textResponse(404, ISPRING_TEXT.unknownUserOnGet) }, async () => {
      const user = await roster.users.get(actor, { id: pathUserId(params['id']) });
      return xmlResponse(200, userProfileDocument(user, await roster.users.profileSchema(actor)));
    });
  };
}
