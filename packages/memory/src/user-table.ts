import type { User } from '@roster/core';
import type { Transaction } from './transaction';

/** The lookup key of an e-mail or a login: uniqueness and lookups are case-insensitive. */
export function lookupKey(value: string): string {
  return value.toLowerCase();
}

/** The `byUniqueValue` key of a unique profile value: field and lower-cased value. */
export function uniqueValueKey(field: string, key: string): string {
  return `${field}\u0000${key}`;
}

/** How many users of the table have one role and status (never zero: an emptied cell is dropped). */
export interface UserCount {
  readonly role: string;
  readonly status: string;
  readonly users: number;
}

/** The `counts` key of a (role, status) cell. */
export function cellKey(role: string, status: string): string {
  return `${role}\u0000${status}`;
}

/**
 * One tenant's users, by id, with secondary indexes by lower-cased e-mail, lower-cased login
 * and public id, and the number of users per (role, status). Every write goes through a
 * transaction, so indexes and counts roll back with the rows.
 */
export class UserTable {
  readonly byId = new Map<number, User>();
  readonly byEmail = new Map<string, number>();
  readonly byLogin = new Map<string, number>();
  readonly byPublicId = new Map<string, number>();
  /** Values of unique custom profile fields, by `uniqueValueKey(field, key)`. */
  readonly byUniqueValue = new Map<string, number>();
  /** The `byUniqueValue` entries each user holds. */
  readonly uniqueKeysOf = new Map<number, readonly string[]>();
  /** Users per (role, status), by `cellKey`: what list totals are answered from. */
  readonly counts = new Map<string, UserCount>();

  /**
   * Stores `user`, replacing the row with its id (whose index entries are dropped first).
   * `uniqueKeys` are its unique profile values (`uniqueValueKey`); absent: those it held.
   */
  put(tx: Transaction, user: User, uniqueKeys?: readonly string[]): void {
    const previous = this.byId.get(user.id);
    const keys = uniqueKeys ?? this.uniqueKeysOf.get(user.id) ?? [];
    if (previous) this.unindex(tx, previous);
    tx.set(this.byId, user.id, user);
    this.move(tx, previous, user);
    for (const key of keys) tx.set(this.byUniqueValue, key, user.id);
    tx.set(this.uniqueKeysOf, user.id, keys);
    if (user.email !== null) tx.set(this.byEmail, lookupKey(user.email), user.id);
    if (user.login !== null) tx.set(this.byLogin, lookupKey(user.login), user.id);
    tx.set(this.byPublicId, user.publicId, user.id);
  }

  remove(tx: Transaction, id: number): boolean {
    const previous = this.byId.get(id);
    if (!previous) return false;
    this.unindex(tx, previous);
    tx.delete(this.byId, id);
    this.move(tx, previous, undefined);
    return true;
  }

  /** Moves one user between (role, status) cells; a cell that reaches zero is dropped. */
  private move(tx: Transaction, before: User | undefined, after: User | undefined): void {
    const from = before ? cellKey(before.role, before.status) : null;
    const to = after ? cellKey(after.role, after.status) : null;
    if (from === to) return;
    if (before && from !== null) {
      const left = (this.counts.get(from)?.users ?? 0) - 1;
      if (left > 0) tx.set(this.counts, from, { role: before.role, status: before.status, users: left });
      else tx.delete(this.counts, from);
    }
    if (after && to !== null) {
      tx.set(this.counts, to, { role: after.role, status: after.status, users: (this.counts.get(to)?.users ?? 0) + 1 });
    }
  }

  private unindex(tx: Transaction, user: User): void {
    if (user.email !== null) tx.delete(this.byEmail, lookupKey(user.email));
    if (user.login !== null) tx.delete(this.byLogin, lookupKey(user.login));
    tx.delete(this.byPublicId, user.publicId);
    for (const key of this.uniqueKeysOf.get(user.id) ?? []) tx.delete(this.byUniqueValue, key);
    tx.delete(this.uniqueKeysOf, user.id);
  }
}
