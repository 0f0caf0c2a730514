import type { Actor } from '../domain';
import { RosterError } from '../errors';
import type { Roster } from '../roster.types';
import { bearerToken } from './headers';
import type { RosterRequest } from './http.types';

/**
 * `Authorization: Bearer <key>` → the actor the API key stands for (the key selects the tenant).
 * No header, another scheme or a malformed value is UNAUTHENTICATED, exactly like an unknown key.
 */
export async function authenticateBearer(roster: Roster, request: RosterRequest): Promise<Actor> {
  const secret = bearerToken(request.headers);
  if (secret === null) throw new RosterError('UNAUTHENTICATED', 'no bearer token');
  return roster.auth.authenticateApiKey({ secret });
}
