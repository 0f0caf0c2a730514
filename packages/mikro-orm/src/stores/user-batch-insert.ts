import { raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import { profileValueTaken, RosterError, uniqueProfileValues, type User } from '@roster/core';
import { RosterGroupSchema, RosterTenantSchema, RosterUserGroupSchema, RosterUserSchema, RosterUserUniqueValueSchema } from '../entities';
import { violatedKey, withCause, type UniqueViolationHandler } from '../errors/translate-driver-error';
import { lookupKey, normalizeGroupIds, toProfileFields, toUserRow } from '../mappers';
import type { RosterEntityManager } from './store-context';

const emailTaken = (value: string): RosterError => new RosterError('EMAIL_TAKEN', 'e-mail already in use in this tenant', { value });
const loginTaken = (value: string): RosterError => new RosterError('LOGIN_TAKEN', 'login already in use in this tenant', { value });
const publicIdTaken = (): RosterError => new RosterError('STORE_INTEGRITY', 'the public id is already in use in this tenant');
const idTaken = (): RosterError => new RosterError('STORE_INTEGRITY', 'the user id is already in use in this tenant');

/** The one tenant of a batch (a batch of several tenants is the caller's mistake). */
function tenantOf(users: readonly User[]): string {
  const tenants = new Set(users.map((user) => user.tenantId));
  if (tenants.size !== 1) throw new RosterError('INTERNAL', 'insertMany takes the users of one tenant');
  return users[0]?.tenantId ?? '';
}

/** Throws, as `insert` would for the later one, when two users of the batch share a value (EMAIL_TAKEN, then LOGIN_TAKEN, then the ids). */
function assertNoClashWithin(users: readonly User[]): void {
  const emails = new Set<string>();
  const logins = new Set<string>();
  const publicIds = new Set<string>();
  const ids = new Set<number>();
  for (const user of users) {
    const email = user.email === null ? null : lookupKey(user.email);
    const login = user.login === null ? null : lookupKey(user.login);
    if (email !== null && emails.has(email)) throw emailTaken(user.email ?? '');
    if (login !== null && logins.has(login)) throw loginTaken(user.login ?? '');
    if (publicIds.has(user.publicId)) throw publicIdTaken();
    if (ids.has(user.id)) throw idTaken();
    if (email !== null) emails.add(email);
    if (login !== null) logins.add(login);
    publicIds.add(user.publicId);
    ids.add(user.id);
  }
}

/**
 * The stored users of the tenant holding an e-mail, login, public id or id of the batch, in one
 * indexed query; throws EMAIL_TAKEN, then LOGIN_TAKEN, then STORE_INTEGRITY. The unique indexes
 * remain the guard under a race (`batchUniqueViolation`).
 */
async function assertNoClashStored(em: RosterEntityManager, tenantId: string, users: readonly User[]): Promise<void> {
  const emailKeys = users.flatMap((user) => (user.email === null ? [] : [lookupKey(user.email)]));
  const loginKeys = users.flatMap((user) => (user.login === null ? [] : [lookupKey(user.login)]));
  const keys: object[] = [{ publicId: { $in: users.map((user) => user.publicId) } }, { id: { $in: users.map((user) => user.id) } }];
  if (emailKeys.length > 0) keys.push({ emailKey: { $in: emailKeys } });
  if (loginKeys.length > 0) keys.push({ loginKey: { $in: loginKeys } });
  const holders = await em.find(RosterUserSchema, { tenantId, $or: keys }, { fields: ['id', 'emailKey', 'loginKey', 'publicId'] });
  if (holders.length === 0) return;
  const held = {
    email: new Set(holders.map((row) => row.emailKey)),
    login: new Set(holders.map((row) => row.loginKey)),
    publicId: new Set(holders.map((row) => row.publicId)),
    id: new Set(holders.map((row) => row.id)),
  };
  const taken = (check: (user: User) => boolean): User | undefined => users.find(check);
  const email = taken((user) => user.email !== null && held.email.has(lookupKey(user.email)));
  if (email) throw emailTaken(email.email ?? '');
  const login = taken((user) => user.login !== null && held.login.has(lookupKey(user.login)));
  if (login) throw loginTaken(login.login ?? '');
  if (taken((user) => held.publicId.has(user.publicId))) throw publicIdTaken();
  throw idTaken();
}

/** The batch's rows of `roster_user_unique_values`: PROFILE_VALUE_TAKEN for a value held twice or by a stored user. */
async function uniqueValueRows(em: RosterEntityManager, tenantId: string, users: readonly User[]) {
  if (users.every((user) => Object.keys(user.profile).length === 0)) return [];
  const tenantRow = await em.findOne(RosterTenantSchema, { id: tenantId });
  if (tenantRow === null) return [];
  const fields = toProfileFields(tenantRow);
  const rows: { tenantId: string; field: string; valueKey: string; userId: number }[] = [];
  const seen = new Set<string>();
  const values: { field: string; key: string; value: string }[] = [];
  for (const user of users) {
    for (const value of uniqueProfileValues(user.profile, fields)) {
      const seenKey = JSON.stringify([value.field, value.key]);
      if (seen.has(seenKey)) throw profileValueTaken(value.field, value.value);
      seen.add(seenKey);
      values.push(value);
      rows.push({ tenantId, field: value.field, valueKey: value.key, userId: user.id });
    }
  }
  if (rows.length === 0) return [];
  const holders = await em.find(RosterUserUniqueValueSchema, { tenantId, $or: values.map(({ field, key }) => ({ field, valueKey: key })) });
  const holder = values.find((value) => holders.some((row) => row.field === value.field && row.valueKey === value.key));
  if (holder) throw profileValueTaken(holder.field, holder.value);
  return rows;
}

/**
 * Moves each joined group's version on by its new members, as one insert each would, changed `at`: one UPDATE per
 * distinct count (a batch usually joins its groups by the same number of members).
 */
async function moveJoinedGroupVersions(
  em: RosterEntityManager,
  tenantId: string,
  memberships: readonly { readonly groupId: number }[],
  at: Date,
): Promise<void> {
  const joined = new Map<number, number>();
  for (const { groupId } of memberships) joined.set(groupId, (joined.get(groupId) ?? 0) + 1);
  const byCount = new Map<number, number[]>();
  for (const [groupId, count] of joined) byCount.set(count, [...(byCount.get(count) ?? []), groupId]);
  for (const [count, ids] of byCount) {
    await em.nativeUpdate(
      RosterGroupSchema,
      { tenantId, id: { $in: ids } },
      { version: raw(`version + ${count}`), updatedAt: new Date(at.getTime()) },
    );
  }
}

/**
 * Inserts a batch of users of one tenant in a fixed number of statements: the checks (one query
 * for e-mails, logins and ids, one for unique profile values), one multi-row insert of the users,
 * one of their memberships and one of their unique profile values. Must run inside a transaction:
 * a violation leaves the caller to roll all of it back.
 */
export async function insertUserBatch(em: RosterEntityManager, users: readonly User[]): Promise<void> {
  if (users.length === 0) return;
  const tenantId = tenantOf(users);
  assertNoClashWithin(users);
  await assertNoClashStored(em, tenantId, users);
  const uniqueRows = await uniqueValueRows(em, tenantId, users);
  await em.insertMany(RosterUserSchema, users.map(toUserRow));
  const memberships = users.flatMap((user) =>
    normalizeGroupIds(user.groupIds).map((groupId) => ({ tenantId: user.tenantId, userId: user.id, groupId })),
  );
  if (memberships.length > 0) await em.insertMany(RosterUserGroupSchema, memberships);
  const at = new Date(Math.max(...users.map((user) => user.updatedAt.getTime())));
  await moveJoinedGroupVersions(em, tenantId, memberships, at);
  if (uniqueRows.length === 0) return;
  try {
    await em.insertMany(RosterUserUniqueValueSchema, uniqueRows);
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    // A race the read could not see; the violation does not say which value: the first is named.
    const [first] = uniqueRows;
    throw withCause(profileValueTaken(first?.field ?? '', first?.valueKey ?? ''), error);
  }
}

/** What a unique violation on `roster_users` means for a batch: a race the checks could not see. */
export const batchUniqueViolation: UniqueViolationHandler = (violation) => {
  const key = violatedKey(violation);
  if (key.includes('email_key'))
    return withCause(new RosterError('EMAIL_TAKEN', 'an e-mail of the batch is in use in this tenant'), violation);
  if (key.includes('login_key'))
    return withCause(new RosterError('LOGIN_TAKEN', 'a login of the batch is in use in this tenant'), violation);
  return withCause(new RosterError('STORE_INTEGRITY', 'an id of the batch is already in use in this tenant'), violation);
};
