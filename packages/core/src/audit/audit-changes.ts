import type { User } from '../domain';
import type { AuditChange, AuditEventType } from '../ports/audit-event-store.port';

/** Never recorded by value; a password change is named (`password`, before and after null). */
const UNRECORDED = new Set<keyof User>(['passwordHash', 'version', 'createdAt', 'updatedAt', 'lastLoginAt']);

/** The fields that differ between two versions of a user, in the record's field order. */
export function userChanges(before: User, after: User): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const field of Object.keys(after) as (keyof User)[]) {
    if (UNRECORDED.has(field)) continue;
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes.push({ field, before: plain(before[field]), after: plain(after[field]) });
    }
  }
  if (before.passwordHash !== after.passwordHash) changes.push({ field: 'password', before: null, after: null });
  return changes;
}

/** A new user's recorded fields (the password by name only, when one was set). */
export function createdUserChanges(user: User): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const field of Object.keys(user) as (keyof User)[]) {
    if (!UNRECORDED.has(field)) changes.push({ field, before: null, after: plain(user[field]) });
  }
  if (user.passwordHash !== null) changes.push({ field: 'password', before: null, after: null });
  return changes;
}

/** The one type of an update's event: the role, then deactivation, then a password-only change, else `user.updated`. */
export function updateEventType(changes: readonly AuditChange[]): AuditEventType {
  const status = changes.find((change) => change.field === 'status');
  if (changes.some((change) => change.field === 'role')) return 'user.role_changed';
  if (status !== undefined && status.after !== 'active') return 'user.deactivated';
  if (changes.length === 1 && changes[0]?.field === 'password') return 'user.password_changed';
  return 'user.updated';
}

function plain(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}
