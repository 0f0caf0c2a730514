import type { Tenant } from './tenant';
import type { User } from './user';

/** Days a soft-deleted user can be restored when the tenant sets no retention of its own. */
export const DEFAULT_DELETED_USER_RETENTION_DAYS = 30;
/** The longest retention a tenant may set (ten years). */
export const MAX_DELETED_USER_RETENTION_DAYS = 3650;

const DAY_MS = 86_400_000;

/**
 * A soft-deleted user (the admin API's DELETE): the user as it was, kept apart from the users
 * until it is restored or purged. It is no user any more: no read, list or sign-in finds it,
 * it holds no seat and its e-mail, login and unique profile values are free for others.
 */
export interface DeletedUser {
  readonly user: User;
  readonly deletedAt: Date;
}

/** The tenant's retention of soft-deleted users, in days. */
export function retentionDaysOf(tenant: Pick<Tenant, 'deletedUserRetentionDays'>): number {
  return tenant.deletedUserRetentionDays ?? DEFAULT_DELETED_USER_RETENTION_DAYS;
}

/** When a user deleted at `deletedAt` is due for purge (and can no longer be restored). */
export function purgeDueAt(deletedAt: Date, retentionDays: number): Date {
  return new Date(deletedAt.getTime() + retentionDays * DAY_MS);
}

/** The latest deletion time already past retention at `now`. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}
