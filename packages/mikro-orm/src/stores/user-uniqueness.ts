import type { UniqueConstraintViolationException } from '@mikro-orm/core';
import { RosterError, type User } from '@roster/core';
import { RosterUserSchema, type UserRow } from '../entities';
import { violatedKey, withCause, type UniqueViolationHandler } from '../errors/translate-driver-error';
import { lookupKey } from '../mappers';
import { type RosterEntityManager } from './store-context';

type Holder = Pick<UserRow, 'id' | 'emailKey' | 'loginKey' | 'publicId' | 'version' | 'role' | 'status' | 'groupIds'>;

function emailTaken(user: User): RosterError {
  return new RosterError('EMAIL_TAKEN', 'e-mail already in use in this tenant', { value: user.email ?? '' });
}

function loginTaken(user: User): RosterError {
  return new RosterError('LOGIN_TAKEN', 'login already in use in this tenant', { value: user.login ?? '' });
}

/**
 * The rows of `user`'s tenant that hold its e-mail, login or public id, plus the row `self` (the
 * user being replaced), in one indexed query. The unique indexes remain the real guard: this
 * read only makes the common case answer in a fixed order (e-mail, then login) without an
 * aborted statement.
 */
export async function findHolders(em: RosterEntityManager, user: User, self: number | null): Promise<Holder[]> {
  const keys: object[] = [{ publicId: user.publicId }];
  if (user.email !== null) keys.push({ emailKey: lookupKey(user.email) });
  if (user.login !== null) keys.push({ loginKey: lookupKey(user.login) });
  if (self !== null) keys.push({ id: self });
  return em.find(
    RosterUserSchema,
    { tenantId: user.tenantId, $or: keys },
    { fields: ['id', 'emailKey', 'loginKey', 'publicId', 'version', 'role', 'status', 'groupIds'] },
  );
}

/** Throws EMAIL_TAKEN, then LOGIN_TAKEN, then STORE_INTEGRITY (public id) for a row other than `self`. */
export function assertNoClash(holders: readonly Holder[], user: User, self: number | null): void {
  const others = holders.filter((row) => row.id !== self);
  if (user.email !== null && others.some((row) => row.emailKey === lookupKey(user.email ?? ''))) throw emailTaken(user);
  if (user.login !== null && others.some((row) => row.loginKey === lookupKey(user.login ?? ''))) throw loginTaken(user);
  if (others.some((row) => row.publicId === user.publicId)) {
    throw new RosterError('STORE_INTEGRITY', 'the public id is already in use in this tenant');
  }
}

/** What a unique violation on `roster_users` means: a race the pre-check could not see. */
export function userUniqueViolation(user: User): UniqueViolationHandler {
  return (violation: UniqueConstraintViolationException) => {
    const key = violatedKey(violation);
    if (key.includes('email_key')) return withCause(emailTaken(user), violation);
    if (key.includes('login_key')) return withCause(loginTaken(user), violation);
    const what = key.includes('public_id') ? 'public id' : 'user id';
    return withCause(new RosterError('STORE_INTEGRITY', `the ${what} is already in use in this tenant`), violation);
  };
}
