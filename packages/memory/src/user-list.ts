import type { User, UserListPosition, UserListQuery, UserMatch, UserPage, UserSort, UserSortPosition } from '@roster/core';
import { copy } from './copy';
import { cellKey, type UserTable } from './user-table';
import { comesAfter, filterHolds, sortOrder } from './user-filter';

/**
 * Answers a list query over one tenant's table: filters first, then sorts only the matches
 * (createdAt ascending, then id), then cuts the page (at the offset, or after the keyset
 * position); items are copies.
 */
export function listUsers(table: UserTable | undefined, query: UserListQuery): UserPage {
  if (!table) return { items: [], total: 0, hasMore: false };
  const matches = [...table.byId.values()].filter(matcher(query));
  const sort = query.after === undefined ? query.sort : undefined;
  matches.sort(sort !== undefined ? sortOrder(sort) : byCreatedAtThenId);
  const start = query.after
    ? firstAfter(matches, query.after)
    : sort !== undefined && query.afterSorted !== undefined
      ? firstAfterSorted(matches, sort, query.afterSorted)
      : Math.max(0, query.offset);
  const end = start + Math.max(0, query.limit);
  const page = { items: matches.slice(start, end).map(copy), hasMore: end < matches.length };
  return query.countTotal === false ? page : { ...page, total: totalOf(table, query, matches.length) };
}

/** Index of the first match, sorted by `sort`, that comes after `position` in that order. */
function firstAfterSorted(sorted: readonly User[], sort: UserSort, position: UserSortPosition): number {
  const index = sorted.findIndex((user) => comesAfter(sort, user, position));
  return index === -1 ? sorted.length : index;
}

/**
 * The number of all matches: the sum of the table's matching (role, status) counts when only
 * role and status filter, else the matches found (as the SQL store keeps `COUNT(*)` there).
 */
function totalOf(table: UserTable, query: UserListQuery, matched: number): number {
  if (query.organizationIds !== undefined || query.groupId !== undefined || query.anyOf !== undefined || query.filter !== undefined)
    return matched;
  if (query.role !== undefined && query.status !== undefined) return table.counts.get(cellKey(query.role, query.status))?.users ?? 0;
  let total = 0;
  for (const cell of table.counts.values()) {
    if ((query.role === undefined || cell.role === query.role) && (query.status === undefined || cell.status === query.status))
      total += cell.users;
  }
  return total;
}

/** Index of the first sorted match that comes after `position`. */
function firstAfter(sorted: readonly User[], position: UserListPosition): number {
  const at = position.createdAt.getTime();
  const index = sorted.findIndex((user) => user.createdAt.getTime() > at || (user.createdAt.getTime() === at && user.id > position.id));
  return index === -1 ? sorted.length : index;
}

function matcher(query: UserListQuery): (user: User) => boolean {
  const organizations = query.organizationIds ? new Set(query.organizationIds) : null;
  return (user) =>
    (query.status === undefined || user.status === query.status) &&
    (query.role === undefined || user.role === query.role) &&
    (organizations === null || organizations.has(user.organizationId)) &&
    (query.groupId === undefined || user.groupIds.includes(query.groupId)) &&
    (query.anyOf === undefined || query.anyOf.some((match) => matchesAll(user, match))) &&
    (query.filter === undefined || filterHolds(user, query.filter));
}

/** Every field of the conjunction matches: login case-insensitively, e-mail as normalised, the rest exactly. */
function matchesAll(user: User, match: UserMatch): boolean {
  return (
    (match.email === undefined || user.email === match.email) &&
    (match.login === undefined || user.login?.toLowerCase() === match.login.toLowerCase()) &&
    (match.scimExternalId === undefined || (user.scimExternalId ?? null) === match.scimExternalId) &&
    (match.statuses === undefined || match.statuses.includes(user.status))
  );
}

function byCreatedAtThenId(a: User, b: User): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;
}
