import { RosterError, type User, type UserListQuery, type UserPage, type UserStore } from '@roster/core';
import { copy } from './copy';
import { moveGroupVersions } from './group-versions';
import type { MemoryState } from './memory-state';
import type { Transaction } from './transaction';
import type { TransactionRunner } from './transaction-runner';
import { listUsers } from './user-list';
import { assertNewId, assertUnique, uniqueProfileKeys } from './user-uniqueness';
import { lookupKey, type UserTable } from './user-table';

/** `UserStore` over the memory state. Built by `createMemoryStores()`; `bound` ties it to a unit of work. */
export class InMemoryUserStore implements UserStore {
  constructor(
    private readonly state: MemoryState,
    private readonly runner: TransactionRunner,
    private readonly bound?: Transaction,
  ) {}

  insert(user: User): Promise<void> {
    return this.write((tx) => {
      const table = this.state.userTable(user.tenantId);
      assertUnique(table, user, null);
      assertNewId(table, user);
      const uniqueKeys = uniqueProfileKeys(table, this.state.tenants.get(user.tenantId), user, null);
      table.put(tx, copy(user), uniqueKeys);
      moveGroupVersions(this.state, tx, user.tenantId, [], user.groupIds, user.updatedAt);
    });
  }

  /** One operation: a clash undoes the users put before it (the operation's savepoint). */
  insertMany(users: readonly User[]): Promise<void> {
    return this.write((tx) => {
      for (const user of users) {
        const table = this.state.userTable(user.tenantId);
        assertUnique(table, user, null);
        assertNewId(table, user);
        const uniqueKeys = uniqueProfileKeys(table, this.state.tenants.get(user.tenantId), user, null);
        table.put(tx, copy(user), uniqueKeys);
        moveGroupVersions(this.state, tx, user.tenantId, [], user.groupIds, user.updatedAt);
      }
    });
  }

  findById(tenantId: string, id: number): Promise<User | null> {
    return this.read(() => this.stored(tenantId, id));
  }

  findByPublicId(tenantId: string, publicId: string): Promise<User | null> {
    return this.read(() => this.storedVia(tenantId, (table) => table.byPublicId.get(publicId)));
  }

  findByEmail(tenantId: string, email: string): Promise<User | null> {
    return this.read(() => this.storedVia(tenantId, (table) => table.byEmail.get(lookupKey(email))));
  }

  findByLogin(tenantId: string, login: string): Promise<User | null> {
    return this.read(() => this.storedVia(tenantId, (table) => table.byLogin.get(lookupKey(login))));
  }

  list(query: UserListQuery): Promise<UserPage> {
    return this.runner.apply(() => listUsers(this.state.users.get(query.tenantId), query), this.bound);
  }

  update(user: User, expectedVersion: number): Promise<void> {
    return this.write((tx) => {
      const stored = this.stored(user.tenantId, user.id);
      if (stored?.version !== expectedVersion) {
        throw new RosterError('VERSION_CONFLICT', 'the user was changed or deleted meanwhile');
      }
      const table = this.state.userTable(user.tenantId);
      assertUnique(table, user, user.id);
      const uniqueKeys = uniqueProfileKeys(table, this.state.tenants.get(user.tenantId), user, user.id);
      table.put(tx, copy(user), uniqueKeys);
      moveGroupVersions(this.state, tx, user.tenantId, stored.groupIds, user.groupIds, user.updatedAt);
    });
  }

  delete(tenantId: string, id: number, expectedVersion?: number, at: Date = new Date()): Promise<boolean> {
    return this.write((tx) => {
      const stored = this.stored(tenantId, id);
      if (stored !== undefined && expectedVersion !== undefined && stored.version !== expectedVersion) {
        throw new RosterError('VERSION_CONFLICT', 'the user has another version');
      }
      const removed = this.state.users.get(tenantId)?.remove(tx, id) ?? false;
      if (removed && stored !== undefined) moveGroupVersions(this.state, tx, tenantId, stored.groupIds, [], at);
      return removed;
    });
  }

  touchLastLogin(tenantId: string, id: number, at: Date): Promise<void> {
    return this.write((tx) => {
      const stored = this.stored(tenantId, id);
      if (stored) this.state.userTable(tenantId).put(tx, { ...stored, lastLoginAt: new Date(at.getTime()) });
    });
  }

  private stored(tenantId: string, id: number): User | undefined {
    return this.state.users.get(tenantId)?.byId.get(id);
  }

  private storedVia(tenantId: string, find: (table: UserTable) => number | undefined): User | undefined {
    const table = this.state.users.get(tenantId);
    const id = table ? find(table) : undefined;
    return id === undefined ? undefined : table?.byId.get(id);
  }

  private read(find: () => User | undefined): Promise<User | null> {
    return this.runner.apply(() => {
      const user = find();
      return user ? copy(user) : null;
    }, this.bound);
  }

  private write<T>(operation: (tx: Transaction) => T): Promise<T> {
    return this.runner.apply(operation, this.bound);
  }
}
