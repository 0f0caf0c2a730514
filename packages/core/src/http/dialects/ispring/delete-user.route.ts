import type { Roster } from '../../../roster.types';
import type { RouteHandler } from '../../dialect-plugin';
import { emptyResponse } from '../../responses';
import { authenticateIspring } from './ispring-auth';
import { pathUserId } from './ispring-headers';

/** `DELETE /user/{id}`: 204, no body; unknown or out of scope → 404 `Unknown user` (the error table). */
export function deleteUserRoute(roster: Roster): RouteHandler {
  return async ({ request, params }) => {
    const actor = await authenticateIspring(roster, request);
    await roster.users.delete(actor, { id: pathUserId(params['id']) });
    return emptyResponse(204);
  };
}
