import type { Actor, Group } from '../domain';
import { RosterError, validationError } from '../errors';
import { hasPermission } from './permission.rules';

/** The longest group name a store keeps (the SQL column's length). */
export const GROUP_NAME_MAX_LENGTH = 255;

/**
 * The key group names are unique by, per tenant: case-insensitive (`Sales` and `SALES` are one
 * name). Stores compare these keys, never the names as stored.
 */
export function groupNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** The group of `groups` whose name has the key of `name`, other than `exceptId`: whose name it is already. */
export function groupNamedLike(groups: readonly Pick<Group, 'id' | 'name'>[], name: string, exceptId?: number): number | null {
  const key = groupNameKey(name);
  const holder = groups.find((group) => group.id !== exceptId && groupNameKey(group.name) === key);
  return holder === undefined ? null : holder.id;
}

/** A group name as kept: trimmed; VALIDATION_FAILED (field `name`) when empty, too long or holding control characters. */
export function normalizeGroupName(name: unknown): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed === '') throw validationError([{ field: 'name', message: 'is required' }]);
  if (trimmed.length > GROUP_NAME_MAX_LENGTH) {
    throw validationError([{ field: 'name', message: `must be at most ${GROUP_NAME_MAX_LENGTH} characters` }]);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) throw validationError([{ field: 'name', message: 'must not hold control characters' }]);
  return trimmed;
}

/**
 * The id a new group of a tenant gets: the tenant's group counter (one more than every id it has
 * held), and never one of `ids` (the groups stored: a group saved with an explicit id above the
 * counter is not given again), so the id of a deleted group is never reused.
 */
export function nextGroupId(counter: number, ids: readonly number[]): number {
  return Math.max(counter, 1, ...ids.map((id) => id + 1));
}

/** The longest group `externalId` a store keeps (the SQL column's length). */
export const GROUP_EXTERNAL_ID_MAX_LENGTH = 255;

/**
 * A group's `externalId` as kept: exactly as sent (SCIM says `caseExact`), null for null or `''`;
 * VALIDATION_FAILED (field `externalId`) when not a string, too long or holding control characters.
 */
export function normalizeGroupExternalId(externalId: unknown): string | null {
  if (externalId === null || externalId === '') return null;
  if (typeof externalId !== 'string') throw validationError([{ field: 'externalId', message: 'must be a string' }]);
  if (externalId.length > GROUP_EXTERNAL_ID_MAX_LENGTH) {
    throw validationError([{ field: 'externalId', message: `must be at most ${GROUP_EXTERNAL_ID_MAX_LENGTH} characters` }]);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(externalId))
    throw validationError([{ field: 'externalId', message: 'must not hold control characters' }]);
  return externalId;
}

/**
 * Who may create, rename and delete groups: `user:manage` (which `scim:provision` implies), and a
 * tenant-wide actor. A key bound to an organization manages memberships inside it, never the
 * tenant's groups themselves (OUT_OF_SCOPE).
 */
export function requireGroupWriter(actor: Actor): void {
  if (!hasPermission(actor, 'user:manage') && !hasPermission(actor, 'scim:provision')) {
    throw new RosterError('PERMISSION_DENIED', 'the actor lacks user:manage');
  }
  if (actor.scopeOrganizationId !== null) {
    throw new RosterError('OUT_OF_SCOPE', "an actor bound to an organization cannot create, rename or delete the tenant's groups");
  }
}
