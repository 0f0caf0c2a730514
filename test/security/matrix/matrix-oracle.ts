import type { Permission } from '@roster/core';
import { GROUPS, ORGANIZATIONS, ROLES, ROOT_ORGANIZATION, type MatrixActor, type TargetSpec } from './matrix-world';

/**
 * The matrix's oracle, written from the specs (common.md "Permissions per route", bootstrap.md
 * "Default role catalog", the dialect pages) and docs/security.md ("reach"), with none of the
 * core's rules: it reads only the catalog's data (names, ranks, permissions, scopes).
 */
export type Verdict = 'ok' | 'forbidden' | 'not_found' | 'protected' | 'unauthenticated';

/** Credentials of one tenant presented to another (docs/dialects/common.md: keys and users belong to their tenant). */
export const OTHER_TENANT_CREDENTIALS: Verdict = 'unauthenticated';

/** What a create or an update asks to set. */
export interface Change {
  readonly role?: string;
  readonly organizationId?: number;
  readonly permissions?: readonly Permission[];
  readonly groupIds?: readonly number[];
}

export interface UpdateRules {
  /** courselit: a permission the key lacks is refused before the user is looked up. */
  readonly grantsFirst?: boolean;
  /** objective: users with backend access cannot be modified. */
  readonly refuseBackendAccess?: boolean;
}

const definition = (name: string) => {
  const role = ROLES.find((candidate) => candidate.name === name);
  if (!role) throw new Error(`matrix: no role ${name}`);
  return role;
};
const rank = (name: string): number => definition(name).rank;

/** The role's permissions plus the granted ones; managing users includes reading them. */
function holdings(roleName: string, granted: readonly Permission[]): Set<Permission> {
  const held = new Set<Permission>([...definition(roleName).permissions, ...granted]);
  if (held.has('user:manage')) held.add('user:read');
  return held;
}

export function actorHolds(actor: MatrixActor, permission: Permission): boolean {
  return holdings(actor.role, actor.permissions).has(permission);
}

/** The organization whose subtree the actor acts in; null: the whole tenant. */
export function actorScope(actor: MatrixActor): number | null {
  if (actor.kind === 'apiKey') return actor.organizationId;
  return definition(actor.role).scope === 'organization' ? actor.organizationId : null;
}

/** Walks up from `organizationId`: is `root` on the way (or is it the organization itself)? */
export function withinSubtree(organizationId: number, root: number | null): boolean {
  if (root === null) return true;
  const parents = new Map<number, number | null>(ORGANIZATIONS.map((org) => [org.id, org.parentId]));
  for (let id: number | null | undefined = organizationId; id != null; id = parents.get(id)) if (id === root) return true;
  return false;
}

export function sees(actor: MatrixActor, target: Pick<TargetSpec, 'tenant' | 'organizationId'>): boolean {
  return target.tenant === 'alpha' && withinSubtree(target.organizationId, actorScope(actor));
}

export function groupVisible(actor: MatrixActor, groupId: number): boolean {
  const group = GROUPS.find((candidate) => candidate.id === groupId);
  return group !== undefined && withinSubtree(group.organizationId, actorScope(actor));
}

/** docs/security.md, "reach": a bound actor never makes, promotes or touches a user that reads or manages users tenant-wide. */
function outreaches(actor: MatrixActor, role: string, granted: readonly Permission[]): boolean {
  if (actorScope(actor) === null || definition(role).scope !== 'tenant') return false;
  const held = holdings(role, granted);
  return held.has('user:read') || held.has('user:manage');
}

const notHeld = (actor: MatrixActor, permissions: readonly Permission[] = []): boolean =>
  permissions.some((permission) => !actorHolds(actor, permission));

/** The tenant's lowest role: what a user gets when no role is asked for. */
export function lowestRole(): string {
  return [...ROLES].sort((a, b) => a.rank - b.rank)[0]!.name;
}

/** Where a new user lands when no organization is asked for: the actor's subtree, else the root. */
export function defaultOrganization(actor: MatrixActor): number {
  return actorScope(actor) ?? ROOT_ORGANIZATION;
}

export function readVerdict(actor: MatrixActor, target: TargetSpec): Verdict {
  if (!actorHolds(actor, 'user:read')) return 'forbidden';
  return sees(actor, target) ? 'ok' : 'not_found';
}

export function listVerdict(actor: MatrixActor): Verdict {
  return actorHolds(actor, 'user:read') ? 'ok' : 'forbidden';
}

export function createVerdict(actor: MatrixActor, change: Change): Verdict {
  if (!actorHolds(actor, 'user:manage')) return 'forbidden';
  const role = change.role ?? lowestRole();
  if (rank(role) > rank(actor.role) || outreaches(actor, role, [])) return 'forbidden';
  if (notHeld(actor, change.permissions) || outreaches(actor, role, change.permissions ?? [])) return 'forbidden';
  if (!withinSubtree(change.organizationId ?? defaultOrganization(actor), actorScope(actor))) return 'forbidden';
  return 'ok';
}

export function updateVerdict(actor: MatrixActor, target: TargetSpec, change: Change, rules: UpdateRules = {}): Verdict {
  if (!actorHolds(actor, 'user:manage')) return 'forbidden';
  if (rules.grantsFirst && notHeld(actor, change.permissions)) return 'forbidden';
  if (!sees(actor, target)) return 'not_found';
  if (rules.refuseBackendAccess && target.backendAccess) return 'protected';
  if (rank(target.role) > rank(actor.role) || outreaches(actor, target.role, target.permissions)) return 'forbidden';
  if (change.role !== undefined && (rank(change.role) > rank(actor.role) || outreaches(actor, change.role, []))) return 'forbidden';
  if (notHeld(actor, change.permissions)) return 'forbidden';
  if (outreaches(actor, change.role ?? target.role, change.permissions ?? target.permissions)) return 'forbidden';
  if (change.organizationId !== undefined && !withinSubtree(change.organizationId, actorScope(actor))) return 'forbidden';
  return 'ok';
}

export function deleteVerdict(actor: MatrixActor, target: TargetSpec): Verdict {
  return updateVerdict(actor, target, {});
}

/** ispring: requested groups the actor cannot place users in (unknown or outside its subtree). */
export function exceededGroups(actor: MatrixActor, requested: readonly number[]): number[] {
  return requested.filter((id) => !groupVisible(actor, id));
}
