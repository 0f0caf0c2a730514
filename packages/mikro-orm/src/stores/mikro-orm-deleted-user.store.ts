import type { FilterQuery } from '@mikro-orm/core';
import type { DeletedUser, DeletedUserListQuery, DeletedUserPage, DeletedUserStore, User } from '@roster/core';
import { RosterDeletedUserSchema, type DeletedUserRow } from '../entities';
import { guarded, type StoreContext } from './store-context';

/** The user as JSON text: dates as ISO strings (read back by `toDeletedUser`). */
function toDeletedUserRow(entry: DeletedUser): DeletedUserRow {
  const { user } = entry;
  return {
    tenantId: user.tenantId,
    id: user.id,
    publicId: user.publicId,
    createdAt: new Date(user.createdAt.getTime()),
    deletedAt: new Date(entry.deletedAt.getTime()),
    data: JSON.stringify(user),
  };
}

function toDeletedUser(row: DeletedUserRow): DeletedUser {
  const parsed = JSON.parse(row.data) as Omit<User, 'createdAt' | 'updatedAt' | 'lastLoginAt'> & {
    createdAt: string;
    updatedAt: string;
    lastLoginAt: string | null;
  };
  const user: User = {
    ...parsed,
    createdAt: new Date(parsed.createdAt),
    updatedAt: new Date(parsed.updatedAt),
    lastLoginAt: parsed.lastLoginAt === null ? null : new Date(parsed.lastLoginAt),
  };
  return { user, deletedAt: new Date(row.deletedAt) };
}

/** `DeletedUserStore` on MikroORM: `roster_deleted_users`, keyset reads on (tenant, created_at, id). */
export class MikroOrmDeletedUserStore implements DeletedUserStore {
  constructor(private readonly context: StoreContext) {}

  insert(entry: DeletedUser): Promise<void> {
    return guarded(async () => {
      await this.context.em().insert(RosterDeletedUserSchema, toDeletedUserRow(entry));
    });
  }

  findByPublicId(tenantId: string, publicId: string): Promise<DeletedUser | null> {
    return guarded(async () => {
      const row = await this.context.em().findOne(RosterDeletedUserSchema, { tenantId, publicId });
      return row === null ? null : toDeletedUser(row);
    });
  }

  list(query: DeletedUserListQuery): Promise<DeletedUserPage> {
    return guarded(async () => {
      const em = this.context.em();
      const { after } = query;
      const where: FilterQuery<DeletedUserRow> =
        after === undefined
          ? { tenantId: query.tenantId }
          : {
              tenantId: query.tenantId,
              $or: [{ createdAt: { $gt: after.createdAt } }, { createdAt: after.createdAt, id: { $gt: after.id } }],
            };
      const rows = await em.find(RosterDeletedUserSchema, where, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: query.limit + 1 });
      const total = await em.count(RosterDeletedUserSchema, { tenantId: query.tenantId });
      return { items: rows.slice(0, query.limit).map(toDeletedUser), total, hasMore: rows.length > query.limit };
    });
  }

  remove(tenantId: string, id: number): Promise<boolean> {
    return guarded(async () => (await this.context.em().nativeDelete(RosterDeletedUserSchema, { tenantId, id })) > 0);
  }

  listDeletedBefore(tenantId: string, cutoff: Date, limit: number): Promise<readonly DeletedUser[]> {
    return guarded(async () => {
      const rows = await this.context
        .em()
        .find(RosterDeletedUserSchema, { tenantId, deletedAt: { $lte: cutoff } }, { orderBy: { deletedAt: 'asc', id: 'asc' }, limit });
      return rows.map(toDeletedUser);
    });
  }
}
