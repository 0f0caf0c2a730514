import type { Actor, Permission, RoleCatalog, User } from '../../domain';
import { RosterError } from '../../errors';
import {
  canActOn,
  findRole,
  hasPermission,
  mayAssignRole,
  outreachesActor,
  permissionsNotHeld,
  type ReachSubject,
  type OrganizationNode,
} from '../../rules';

/**
 * The permission and hierarchy checks of the user services, as guards that throw the error
 * code each rule stands for. The decisions themselves are the pure rules.
 */

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor, permission)) {
    throw new RosterError('PERMISSION_DENIED', `the actor lacks ${permission}`);
  }
}

export function requireAssignableRole(catalog: RoleCatalog, actor: Actor, role: string): void {
  if (findRole(catalog, role) === null) throw new RosterError('ROLE_UNKNOWN', `unknown role "${role}"`);
  if (!mayAssignRole(catalog, actor, role)) {
    throw new RosterError('ROLE_ABOVE_ACTOR', `role "${role}" ranks above the actor's or reaches beyond its organization`);
  }
}

export function requireGrantable(actor: Actor, permissions: readonly Permission[]): void {
  const missing = permissionsNotHeld(actor, permissions);
  if (missing.length > 0) {
    throw new RosterError('PERMISSION_NOT_HELD', `the actor cannot grant ${missing.join(', ')}`);
  }
}

/**
 * The user as it will be (role and explicit permissions after the change) must not reach further
 * than an organization-bound actor: granting `user:manage` to a tenant-wide role would hand out
 * more than the actor holds, so the answer is PERMISSION_NOT_HELD.
 */
export function requireWithinReach(catalog: RoleCatalog, actor: Actor, subject: ReachSubject): void {
  if (outreachesActor(catalog, actor, subject)) {
    throw new RosterError('PERMISSION_NOT_HELD', "the permissions would reach beyond the actor's organization");
  }
}

/** USER_NOT_FOUND outside the scope (as if the user did not exist), TARGET_ABOVE_ACTOR above the actor. */
export function requireCanActOn(catalog: RoleCatalog, actor: Actor, target: User, organizations: readonly OrganizationNode[]): void {
  const verdict = canActOn(catalog, actor, target, organizations);
  if (verdict === 'out_of_scope') throw new RosterError('USER_NOT_FOUND', 'no such user');
  if (verdict === 'above_actor') {
    throw new RosterError('TARGET_ABOVE_ACTOR', `user ${target.id} ranks above the actor`);
  }
}
