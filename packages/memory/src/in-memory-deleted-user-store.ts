import {
  RosterError,
  type DeletedUser,
  type DeletedUserListQuery,
  type DeletedUserPage,
  type DeletedUserStore,
  type UserListPosition,
} from '@roster/core';
import { copy } from './copy';
import { deletedUserKey, type MemoryState } from './memory-state';
import type { Transaction } from './transaction';
import type { TransactionRunner } from './transaction-runner';

/** The users' list order: createdAt, then id. */
function byCreated(a: DeletedUser, b: DeletedUser): number {
  return a.user.createdAt.getTime() - b.user.createdAt.getTime() || a.user.id - b.user.id;
}

function isAfter(entry: DeletedUser, position: UserListPosition): boolean {
  const created = entry.user.createdAt.getTime();
  const at = position.createdAt.getTime();
  return created > at || (created === at && entry.user.id > position.id);
}

/** `DeletedUserStore` over the memory state: entries by (tenant, id), written through the transaction's undo log. */
export class InMemoryDeletedUserStore implements DeletedUserStore {
  constructor(
    private readonly state: MemoryState,
    private readonly runner: TransactionRunner,
    private readonly bound?: Transaction,
  ) {}

  insert(entry: DeletedUser): Promise<void> {
    return this.runner.apply((tx) => {
      const key = deletedUserKey(entry.user.tenantId, entry.user.id);
      const clash =
        this.state.deletedUsers.has(key) || this.ofTenant(entry.user.tenantId).some((kept) => kept.user.publicId === entry.user.publicId);
      if (clash) throw new RosterError('STORE_INTEGRITY', 'a soft-deleted user of that id is already kept');
      tx.set(this.state.deletedUsers, key, copy(entry));
    }, this.bound);
  }

  findByPublicId(tenantId: string, publicId: string): Promise<DeletedUser | null> {
    return this.runner.apply(() => {
      const found = this.ofTenant(tenantId).find((entry) => entry.user.publicId === publicId);
      return found === undefined ? null : copy(found);
    }, this.bound);
  }

  list(query: DeletedUserListQuery): Promise<DeletedUserPage> {
    return this.runner.apply(() => {
      const all = this.ofTenant(query.tenantId).sort(byCreated);
      const { after } = query;
      const following = after === undefined ? all : all.filter((entry) => isAfter(entry, after));
      return { items: following.slice(0, query.limit).map(copy), total: all.length, hasMore: following.length > query.limit };
    }, this.bound);
  }

  remove(tenantId: string, id: number): Promise<boolean> {
    return this.runner.apply((tx) => {
      const key = deletedUserKey(tenantId, id);
      if (!this.state.deletedUsers.has(key)) return false;
      tx.delete(this.state.deletedUsers, key);
      return true;
    }, this.bound);
  }

  listDeletedBefore(tenantId: string, cutoff: Date, limit: number): Promise<readonly DeletedUser[]> {
    return this.runner.apply(
      () =>
        this.ofTenant(tenantId)
          .filter((entry) => entry.deletedAt.getTime() <= cutoff.getTime())
          .sort((a, b) => a.deletedAt.getTime() - b.deletedAt.getTime() || a.user.id - b.user.id)
          .slice(0, limit)
          .map(copy),
      this.bound,
    );
  }

  private ofTenant(tenantId: string): DeletedUser[] {
    return [...this.state.deletedUsers.values()].filter((entry) => entry.user.tenantId === tenantId);
  }
}
