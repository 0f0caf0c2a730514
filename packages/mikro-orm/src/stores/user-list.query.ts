import type { FilterQuery } from '@mikro-orm/core';
import type { UserListQuery, UserPage } from '@roster/core';
import { RosterUserGroupSchema, RosterUserSchema, type UserRow } from '../entities';
import { toUser } from '../mappers';
import { queryBuilder, subQuery } from '../orm/mikro-orm-compat';
import { type RosterEntityManager } from './store-context';

/**
 * The WHERE clause of a list query. Group membership is a sub-select on the join table
 * (`roster_user_groups`, indexed by tenant and group), so no membership list is loaded.
 */
function whereOf(em: RosterEntityManager, query: UserListQuery): FilterQuery<UserRow> {
  const where: Record<string, unknown> = { tenantId: query.tenantId };
  if (query.status !== undefined) where.status = query.status;
  if (query.role !== undefined) where.role = query.role;
  if (query.organizationIds !== undefined) where.organizationId = { $in: [...query.organizationIds] };
  if (query.groupId !== undefined) {
    const members = queryBuilder(em, RosterUserGroupSchema, 'm')
      .select('m.userId')
      .where({ tenantId: query.tenantId, groupId: query.groupId });
    where.id = { $in: subQuery(members) };
  }
  return where as FilterQuery<UserRow>;
}

/** One page of users (createdAt ascending, then id) and the number of all matches. */
export async function listUsers(em: RosterEntityManager, query: UserListQuery): Promise<UserPage> {
  if (query.organizationIds !== undefined && query.organizationIds.length === 0) return { items: [], total: 0 };
  const where = whereOf(em, query);
  const total = await em.count(RosterUserSchema, where);
  const limit = Math.max(0, Math.floor(query.limit));
  const offset = Math.max(0, Math.floor(query.offset));
  if (limit === 0 || offset >= total) return { items: [], total };
  const rows = await em.find(RosterUserSchema, where, {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    limit,
    offset,
  });
  return { items: rows.map(toUser), total };
}
