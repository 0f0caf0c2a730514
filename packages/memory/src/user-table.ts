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

/**
 * One tenant's users, by id, with secondary indexes by lower-cased e-mail, lower-cased login
 * and public id. Every write goes through a transaction, so indexes roll back with the rows.
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

  /**
   * Stores `user`, replacing the row with its id (whose index entries are dropped first).
   * `uniqueKeys` are its unique profile values (`uniqueValueKey`); absent: those it held.
   */
  put(tx: Transaction, user: User, uniqueKeys?: readonly string[]): void {
    const previous = this.byId.get(user.id);
    const keys = uniqueKeys ?? this.uniqueKeysOf.get(user.id) ?? [];
    if (previous) this.unindex(tx, previous);
    tx.set(this.byId, user.id, user);
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
    return true;
  }

  private unindex(tx: Transaction, user: User): void {
    if (user.email !== null) tx.delete(this.byEmail, lookupKey(user.email));
    if (user.login !== null) tx.delete(this.byLogin, lookupKey(user.login));
    tx.delete(this.byPublicId, user.publicId);
    for (const key of this.uniqueKeysOf.get(user.id) ?? []) tx.delete(this.byUniqueValue, key);
    tx.delete(this.uniqueKeysOf, user.id);
  }
}
