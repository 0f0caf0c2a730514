import type { DeletedUser } from '../domain';
import type { UserListPosition } from './user-store.port';

export interface DeletedUserListQuery {
  readonly tenantId: string;
  readonly limit: number;
  /** Keyset position, exclusive: only entries after this user (its createdAt, then id). */
  readonly after?: UserListPosition;
}

export interface DeletedUserPage {
  readonly items: readonly DeletedUser[];
  /** Number of soft-deleted users of the tenant, all pages together. */
  readonly total: number;
  readonly hasMore: boolean;
}

/**
 * The soft-deleted users of all tenants, each keyed by (tenant, user id); public ids are unique
 * per tenant. Lists are ordered as the user lists are: the user's `createdAt` ascending, then id.
 */
export interface DeletedUserStore {
  /** Keeps a soft-deleted user; one already kept under its (tenant, id) throws STORE_INTEGRITY. */
  insert(entry: DeletedUser): Promise<void>;
  findByPublicId(tenantId: string, publicId: string): Promise<DeletedUser | null>;
  list(query: DeletedUserListQuery): Promise<DeletedUserPage>;
  /** Removes the entry; false when there was none (another purge or restore took it). */
  remove(tenantId: string, id: number): Promise<boolean>;
  /** Up to `limit` entries of the tenant deleted at or before `cutoff`, oldest deletion first. */
  listDeletedBefore(tenantId: string, cutoff: Date, limit: number): Promise<readonly DeletedUser[]>;
}
