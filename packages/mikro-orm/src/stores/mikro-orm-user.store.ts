import { RosterError, type User, type UserListQuery, type UserPage, type UserStore } from '@roster/core';
import { RosterUserGroupSchema, RosterUserSchema, RosterUserUniqueValueSchema } from '../entities';
import { lookupKey, normalizeGroupIds, toUser, toUserRow } from '../mappers';
import { atomically, guarded, type RosterEntityManager, type StoreContext } from './store-context';
import { listUsers } from './user-list.query';
import { assertNoClash, findHolders, userUniqueViolation } from './user-uniqueness';
import { writeUniqueValues } from './profile-uniqueness';

/** Replaces a user's rows in the join table (the filterable copy of `groupIds`). */
async function writeMemberships(em: RosterEntityManager, user: User, replacing: boolean): Promise<void> {
  if (replacing) await em.nativeDelete(RosterUserGroupSchema, { tenantId: user.tenantId, userId: user.id });
  const rows = normalizeGroupIds(user.groupIds).map((groupId) => ({ tenantId: user.tenantId, userId: user.id, groupId }));
  if (rows.length > 0) await em.insertMany(RosterUserGroupSchema, rows);
}

/**
 * `UserStore` on MikroORM. Uniqueness of (tenant, e-mail) and (tenant, login) is enforced by unique
 * indexes on lower-cased copies of both, and of unique custom profile values by the primary key of
 * `roster_user_unique_values`; updates are versioned (`UPDATE … WHERE version = ?`).
 */
export class MikroOrmUserStore implements UserStore {
  constructor(private readonly context: StoreContext) {}

  insert(user: User): Promise<void> {
    return guarded(
      () =>
        atomically(this.context.em(), async (em) => {
          assertNoClash(await findHolders(em, user, null), user, null);
          await em.insert(RosterUserSchema, toUserRow(user));
          await writeMemberships(em, user, false);
          await writeUniqueValues(em, user, false);
        }),
      userUniqueViolation(user),
    );
  }

  findById(tenantId: string, id: number): Promise<User | null> {
    return this.findOne({ tenantId, id });
  }

  findByPublicId(tenantId: string, publicId: string): Promise<User | null> {
    return this.findOne({ tenantId, publicId });
  }

  findByEmail(tenantId: string, email: string): Promise<User | null> {
    return this.findOne({ tenantId, emailKey: lookupKey(email) });
  }

  findByLogin(tenantId: string, login: string): Promise<User | null> {
    return this.findOne({ tenantId, loginKey: lookupKey(login) });
  }

  list(query: UserListQuery): Promise<UserPage> {
    return guarded(() => listUsers(this.context.em(), query));
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
          await writeMemberships(em, user, true);
          await writeUniqueValues(em, user, true);
        }),
      userUniqueViolation(user),
    );
  }

  delete(tenantId: string, id: number): Promise<boolean> {
    return guarded(() =>
      atomically(this.context.em(), async (em) => {
        await em.nativeDelete(RosterUserGroupSchema, { tenantId, userId: id });
        await em.nativeDelete(RosterUserUniqueValueSchema, { tenantId, userId: id });
        return (await em.nativeDelete(RosterUserSchema, { tenantId, id })) > 0;
      }),
    );
  }

  touchLastLogin(tenantId: string, id: number, at: Date): Promise<void> {
    return guarded(async () => {
      await this.context.em().nativeUpdate(RosterUserSchema, { tenantId, id }, { lastLoginAt: new Date(at.getTime()) });
    });
  }

  private findOne(where: { tenantId: string } & Record<string, unknown>): Promise<User | null> {
    return guarded(async () => {
      const row = await this.context.em().findOne(RosterUserSchema, where);
      return row ? toUser(row) : null;
    });
  }
}

function versionConflict(): RosterError {
  return new RosterError('VERSION_CONFLICT', 'the user was changed or deleted meanwhile');
}
