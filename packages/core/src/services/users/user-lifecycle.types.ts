import type { Actor, UserView } from '../../domain';
import type { UserListPosition } from '../../ports';
import type { DeleteUserOptions } from '../user-service.types';

/** A soft-deleted user as services hand it out: the user as it was, when it went and when it goes for good. */
export interface DeletedUserView {
  readonly user: UserView;
  readonly deletedAt: Date;
  /** From then on it can no longer be restored, and the purge job removes it. */
  readonly purgeAt: Date;
}

export interface ListDeletedUsersInput {
  readonly limit: number;
  readonly after?: UserListPosition;
}

export interface DeletedUserListResult {
  readonly items: readonly DeletedUserView[];
  readonly total: number;
  /** Position of the last item when more follow, else null. */
  readonly next: UserListPosition | null;
}

export interface PurgeDeletedUsersOptions {
  /** Entries removed per transaction (default 500). */
  readonly batchSize?: number;
  /** Only this tenant (default: every tenant). */
  readonly tenantId?: string;
}

export interface PurgeDeletedUsersResult {
  /** Users purged, all tenants together. */
  readonly purged: number;
}

/**
 * Soft delete, restore and purge (the admin API; docs/dialects/admin.md, "Soft delete"). All need
 * `user:manage` and act only on users the actor may act on, as `users.delete` does.
 */
export interface UserLifecycleApi {
  /** Moves the user out of every read, list and sign-in; gives its seat back. Event `user.deleted`. */
  softDelete(actor: Actor, publicId: string, options?: DeleteUserOptions): Promise<void>;
  /**
   * Brings a soft-deleted user back within retention (USER_NOT_FOUND after it, or for no such
   * entry); takes a seat (SEAT_LIMIT_REACHED); EMAIL_TAKEN, LOGIN_TAKEN or PROFILE_VALUE_TAKEN when
   * another user took the value meanwhile. Event `user.restored`.
   */
  restore(actor: Actor, publicId: string): Promise<UserView>;
  /**
   * Removes a user for good at once, soft-deleted or not (a live one gives its seat back); frees
   * what it held. USER_NOT_FOUND when there is neither. Event `user.purged`.
   */
  purge(actor: Actor, publicId: string): Promise<void>;
  listDeleted(actor: Actor, input: ListDeletedUsersInput): Promise<DeletedUserListResult>;
}
