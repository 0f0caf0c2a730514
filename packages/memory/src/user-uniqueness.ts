import { profileValueTaken, RosterError, uniqueProfileValues, type Tenant, type User } from '@roster/core';
import { lookupKey, uniqueValueKey, type UserTable } from './user-table';

/**
 * Throws when `user` would clash with another user of its tenant: EMAIL_TAKEN first, then
 * LOGIN_TAKEN (both case-insensitive), then STORE_INTEGRITY for a public id in use (no client input explains that).
 * `self` is the id of the row being replaced (an update), which never clashes with itself.
 */
export function assertUnique(table: UserTable, user: User, self: number | null): void {
  if (user.email !== null && isHeldByOther(table.byEmail, lookupKey(user.email), self)) {
    throw new RosterError('EMAIL_TAKEN', 'e-mail already in use in this tenant', { value: user.email });
  }
  if (user.login !== null && isHeldByOther(table.byLogin, lookupKey(user.login), self)) {
    throw new RosterError('LOGIN_TAKEN', 'login already in use in this tenant', { value: user.login });
  }
  if (isHeldByOther(table.byPublicId, user.publicId, self)) {
    throw new RosterError('STORE_INTEGRITY', 'the public id is already in use in this tenant');
  }
}

/** Throws STORE_INTEGRITY when the tenant already has a user with `user.id`. */
export function assertNewId(table: UserTable, user: User): void {
  if (table.byId.has(user.id)) {
    throw new RosterError('STORE_INTEGRITY', 'the user id is already in use in this tenant');
  }
}

function isHeldByOther<K>(index: Map<K, number>, key: K, self: number | null): boolean {
  const holder = index.get(key);
  return holder !== undefined && holder !== self;
}

/**
 * The `byUniqueValue` keys of `user`'s values of its tenant's unique custom profile fields;
 * throws PROFILE_VALUE_TAKEN when another user holds one of them.
 */
export function uniqueProfileKeys(table: UserTable, tenant: Tenant | undefined, user: User, self: number | null): string[] {
  const keys: string[] = [];
  for (const value of uniqueProfileValues(user.profile, tenant?.profileFields ?? [])) {
    const key = uniqueValueKey(value.field, value.key);
    if (isHeldByOther(table.byUniqueValue, key, self)) throw profileValueTaken(value.field, value.value);
    keys.push(key);
  }
  return keys;
}
