import type { Actor, Permission } from '../../../domain';
import { RosterError } from '../../../errors';
import type { Roster } from '../../../roster.types';
import { hasPermission } from '../../../rules';
import { authenticateBearer } from '../../bearer-auth';
import type { RosterRequest } from '../../http.types';

/** What the route handlers share. */
export interface ObjectiveContext {
  readonly roster: Roster;
  /** The mount point, for Laravel's "route not found" message (which names the whole path). */
  readonly prefix: string;
}

/**
 * `Authorization: Bearer <key>` → the key's actor. The permission the route needs is asked
 * here, before the body is validated, as Laravel's middleware run before a FormRequest's rules:
 * a key that may not write gets 403 whatever it sends. The core checks it again (the decision is
 * the core's `hasPermission` rule in both places).
 */
export async function authenticate(roster: Roster, request: RosterRequest, permission: Permission): Promise<Actor> {
  const actor = await authenticateBearer(roster, request);
  if (!hasPermission(actor, permission)) throw new RosterError('PERMISSION_DENIED', `the key lacks ${permission}`);
  return actor;
}

/**
 * The `unique` rule's lookup: is the e-mail another user's? A user the actor cannot see is not
 * found here; the core's EMAIL_TAKEN then answers the same 422 (without the other fields'
 * messages, which only matters when there are none: see README.md).
 */
export function emailTakenLookup(roster: Roster, actor: Actor, exceptUserId: number | null) {
  return (email: string): Promise<boolean> => roster.users.isEmailTaken(actor, email, exceptUserId);
}
