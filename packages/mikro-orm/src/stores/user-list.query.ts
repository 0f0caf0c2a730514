import type { FilterQuery } from '@mikro-orm/core';
import type { UserListPosition, UserListQuery, UserMatch, UserPage } from '@roster/core';
import { RosterUserGroupSchema, RosterUserSchema, type UserRow } from '../entities';
import { lookupKey, toUser } from '../mappers';
import { queryBuilder, subQuery } from '../orm/mikro-orm-compat';
import { sqlDialectOf } from '../orm/sql-dialect';
import { type RosterEntityManager } from './store-context';
import { countedUsers, countersAnswer, type UserCountMoves } from './user-counts';
import { afterSortPosition, filterCondition, sortOrderBy } from './user-filter.query';

/**
 * The WHERE clause of a list query. Group membership is a sub-select on the join table
 * (`roster_user_groups`, indexed by tenant and group), so no membership list is loaded. A
 * `filter` holds raw fragments, which are used once: build the clause anew for each statement.
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
  if (query.anyOf !== undefined) where.$or = query.anyOf.length === 0 ? [{ id: { $in: [] } }] : query.anyOf.map(matchOf);
  if (query.filter !== undefined) where.$and = [filterCondition(query.filter, sqlDialectOf(em))];
  return where;
}

/** One conjunction of `anyOf` on the indexed lookup keys (e-mail and login lower-cased, as stored). */
function matchOf(match: UserMatch): Record<string, unknown> {
  return {
    ...(match.email === undefined ? {} : { emailKey: lookupKey(match.email) }),
    ...(match.login === undefined ? {} : { loginKey: lookupKey(match.login) }),
    ...(match.scimExternalId === undefined ? {} : { scimExternalId: match.scimExternalId }),
    ...(match.statuses === undefined ? {} : { status: { $in: [...match.statuses] } }),
  };
}

/**
 * Users after a keyset position: `created_at >= t` bounds the index range (so the last page
 * costs what the first does), the OR breaks the tie on `created_at` by id.
 */
function afterPosition(where: FilterQuery<UserRow>, after: UserListPosition): FilterQuery<UserRow> {
  return {
    $and: [where, { createdAt: { $gte: after.createdAt } }, { $or: [{ createdAt: { $gt: after.createdAt } }, { id: { $gt: after.id } }] }],
  };
}

/**
 * The number of all matches: from `roster_user_counts` when only tenant, role and status filter
 * (a few cells, whatever the tenant's size), else `COUNT(*)` over the users.
 */
function totalOf(em: RosterEntityManager, query: UserListQuery, where: FilterQuery<UserRow>, pending?: UserCountMoves): Promise<number> {
  return countersAnswer(query) ? countedUsers(em, query, pending) : em.count(RosterUserSchema, where);
}

/**
 * One page of users (createdAt ascending, then id, or the query's sort) and, unless the query
 * says `countTotal: false`, the number of all matches. `pending`: the user-count moves of the
 * unit of work the list runs in.
 */
export async function listUsers(em: RosterEntityManager, query: UserListQuery, pending?: UserCountMoves): Promise<UserPage> {
  if (query.organizationIds?.length === 0)
    return query.countTotal === false ? { items: [], hasMore: false } : { items: [], total: 0, hasMore: false };
  if (query.countTotal === false) return pageWithoutTotal(em, query);
  const total = await totalOf(em, query, whereOf(em, query), pending);
  const where = whereOf(em, query);
  const limit = Math.max(0, Math.floor(query.limit));
  if (query.after !== undefined || (query.sort !== undefined && query.afterSorted !== undefined)) {
    if (limit === 0 || total === 0) return { items: [], total, hasMore: false };
    const rows = await keysetRows(em, query, where, limit + 1);
    return { items: rows.slice(0, limit).map(toUser), total, hasMore: rows.length > limit };
  }
  const offset = Math.max(0, Math.floor(query.offset));
  if (limit === 0 || offset >= total) return { items: [], total, hasMore: false };
  const order = query.sort === undefined ? BY_CREATED_AT : sortOrderBy(query.sort, sqlDialectOf(em));
  const rows = await em.find(RosterUserSchema, where, { orderBy: order, limit, offset });
  return { items: rows.map(toUser), total, hasMore: offset + rows.length < total };
}

const BY_CREATED_AT = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

/** Up to `limit` rows after the query's keyset position (`after` by createdAt, else `afterSorted` in its sort). */
function keysetRows(em: RosterEntityManager, query: UserListQuery, where: FilterQuery<UserRow>, limit: number): Promise<UserRow[]> {
  if (query.after !== undefined) return em.find(RosterUserSchema, afterPosition(where, query.after), { orderBy: BY_CREATED_AT, limit });
  const dialect = sqlDialectOf(em);
  const sort = query.sort ?? { field: 'createdAt' };
  const position = query.afterSorted ?? { key: null, id: 0 };
  return em.find(
    RosterUserSchema,
    { $and: [where, afterSortPosition(sort, position, dialect)] },
    { orderBy: sortOrderBy(sort, dialect), limit },
  );
}

/** A page without a count: one row more than asked tells whether more follow. */
async function pageWithoutTotal(em: RosterEntityManager, query: UserListQuery): Promise<UserPage> {
  const limit = Math.max(0, Math.floor(query.limit));
  if (limit === 0) return { items: [], hasMore: false };
  const where = whereOf(em, query);
  const keyset = query.after !== undefined || (query.sort !== undefined && query.afterSorted !== undefined);
  const rows = keyset
    ? await keysetRows(em, query, where, limit + 1)
    : await em.find(RosterUserSchema, where, {
        orderBy: query.sort === undefined ? BY_CREATED_AT : sortOrderBy(query.sort, sqlDialectOf(em)),
        limit: limit + 1,
        offset: Math.max(0, Math.floor(query.offset)),
      });
  return { items: rows.slice(0, limit).map(toUser), hasMore: rows.length > limit };
}
