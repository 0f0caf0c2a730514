import { membershipChanges, RosterError, type User, type UserListQuery, type UserPage, type UserStore } from '@roster/core';
import { RosterUserGroupSchema, RosterUserSchema, RosterUserUniqueValueSchema } from '../entities';
import { lookupKey, normalizeGroupIds, toUserRow } from '../mappers';
import { readUser, type UserKey } from '../raw-reads/user-reads';
import { atomically, guarded, type RosterEntityManager, type StoreContext } from './store-context';
import { UserCountMoves, type UserCell } from './user-counts';
import { deleteUserRow } from './user-delete';
import { listUsers } from './user-list.query';
import { assertNoClash, findHolders, userUniqueViolation } from './user-uniqueness';
import { writeUniqueValues } from './profile-uniqueness';
import { moveGroupVersions } from './group-writes';
import { batchUniqueViolation, insertUserBatch } from './user-batch-insert';

/**
 * Replaces a user's rows in the join table (the filterable copy of `groupIds`), `before` the group
 * ids stored (null: a new user), and moves on the versions of the groups joined or left. The same
 * memberships as before: nothing is written.
 */
async function writeMemberships(em: RosterEntityManager, user: User, before: readonly number[] | null): Promise<void> {
  const after = normalizeGroupIds(user.groupIds);
  if (before !== null && membershipChanges(before, after).length === 0) return;
  if (before !== null) await em.nativeDelete(RosterUserGroupSchema, { tenantId: user.tenantId, userId: user.id });
  const rows = after.map((groupId) => ({ tenantId: user.tenantId, userId: user.id, groupId }));
  if (rows.length > 0) await em.insertMany(RosterUserGroupSchema, rows);
  await moveGroupVersions(em, user.tenantId, before ?? [], after, user.updatedAt);
}

/** Moves on the version of every group a user being deleted was in, changed `at` (one UPDATE), before its memberships go. */
async function leaveGroups(em: RosterEntityManager, tenantId: string, userId: number, at: Date): Promise<void> {
  const rows = await em.find(RosterUserGroupSchema, { tenantId, userId }, { fields: ['groupId'], disableIdentityMap: true });
  await moveGroupVersions(
    em,
    tenantId,
    rows.map((row) => row.groupId),
    [],
    at,
  );
}

/**
 * `UserStore` on MikroORM. Uniqueness of (tenant, e-mail) and (tenant, login) is enforced by unique
 * indexes on lower-cased copies of both, and of unique custom profile values by the primary key of
 * `roster_user_unique_values`; updates are versioned (`UPDATE … WHERE version = ?`). Every write
 * that adds, removes or moves a user between (role, status) cells adjusts `roster_user_counts` in
 * its own transaction, after the user rows (see `UserCountMoves`).
 */
export class MikroOrmUserStore implements UserStore {
  constructor(private readonly context: StoreContext) {}

  insert(user: User): Promise<void> {
    return guarded(
      () =>
        atomically(this.context.em(), async (em) => {
          assertNoClash(await findHolders(em, user, null), user, null);
          await em.insert(RosterUserSchema, toUserRow(user));
          await writeMemberships(em, user, null);
          await writeUniqueValues(em, user, false);
          await this.moveCount(em, null, user);
        }),
      userUniqueViolation(user),
    );
  }

  insertMany(users: readonly User[]): Promise<void> {
    if (users.length === 0) return Promise.resolve();
    return guarded(
      () =>
        atomically(this.context.em(), async (em) => {
          await insertUserBatch(em, users);
          // The counts of the batch in one move per cell (netted by UserCountMoves).
          const moves = this.context.userCounts ?? new UserCountMoves();
          for (const user of users) moves.move(null, user);
          if (!this.context.userCounts) await moves.apply(em);
        }),
      batchUniqueViolation,
    );
  }

  findById(tenantId: string, id: number): Promise<User | null> {
    return this.findOne(tenantId, 'id', id);
  }

  findByPublicId(tenantId: string, publicId: string): Promise<User | null> {
    return this.findOne(tenantId, 'publicId', publicId);
  }

  findByEmail(tenantId: string, email: string): Promise<User | null> {
    return this.findOne(tenantId, 'emailKey', lookupKey(email));
  }

  findByLogin(tenantId: string, login: string): Promise<User | null> {
    return this.findOne(tenantId, 'loginKey', lookupKey(login));
  }

  list(query: UserListQuery): Promise<UserPage> {
    return guarded(() => listUsers(this.context.em(), query, this.context.userCounts));
  }

  update(user: User, expectedVersion: number): Promise<void> {
    return guarded(
      () =>
        atomically(this.context.em(), async (em) => {
          const holders = await findHolders(em, user, user.id);
          const current = holders.find((row) => row.id === user.id);
          if (current?.version !== expectedVersion) throw versionConflict();
          assertNoClash(holders, user, user.id);
          const { tenantId, id, ...changes } = toUserRow(user);
          const updated = await em.nativeUpdate(RosterUserSchema, { tenantId, id, version: expectedVersion }, changes);
          if (updated === 0) throw versionConflict();
          await writeMemberships(em, user, current.groupIds);
          await writeUniqueValues(em, user, true);
          // The versioned UPDATE matched, so the row still had the role and status read with it.
          await this.moveCount(em, { tenantId, role: current.role, status: current.status }, user);
        }),
      userUniqueViolation(user),
    );
  }

  delete(tenantId: string, id: number, expectedVersion?: number, at: Date = new Date()): Promise<boolean> {
    return guarded(() =>
      atomically(this.context.em(), async (em) => {
        const deleted = await deleteUserRow(em, tenantId, id, expectedVersion);
        if (!deleted) {
          if (expectedVersion !== undefined && (await em.count(RosterUserSchema, { tenantId, id })) > 0) {
            throw new RosterError('VERSION_CONFLICT', 'the user has another version');
          }
          return false;
        }
        await leaveGroups(em, tenantId, id, at);
        await em.nativeDelete(RosterUserGroupSchema, { tenantId, userId: id });
        await em.nativeDelete(RosterUserUniqueValueSchema, { tenantId, userId: id });
        await this.moveCount(em, deleted, null);
        return true;
      }),
    );
  }

  touchLastLogin(tenantId: string, id: number, at: Date): Promise<void> {
    return guarded(async () => {
      await this.context.em().nativeUpdate(RosterUserSchema, { tenantId, id }, { lastLoginAt: new Date(at.getTime()) });
    });
  }

  /** Leaves a user-count move to the unit of work, or (a write of its own) applies it now, after the user row. */
  private async moveCount(em: RosterEntityManager, before: UserCell | null, after: UserCell | null): Promise<void> {
    if (this.context.userCounts) {
      this.context.userCounts.move(before, after);
      return;
    }
    const moves = new UserCountMoves();
    moves.move(before, after);
    await moves.apply(em);
  }

  /** A raw read (raw-reads/): MikroORM's query building and hydration cost 2-5x the statement itself. */
  private findOne(tenantId: string, key: UserKey, value: string | number): Promise<User | null> {
    return guarded(() => readUser(this.context.em(), tenantId, key, value));
  }
}

function versionConflict(): RosterError {
  return new RosterError('VERSION_CONFLICT', 'the user was changed or deleted meanwhile');
}
