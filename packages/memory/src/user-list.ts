import type { User, UserListQuery, UserPage } from '@roster/core';
import { copy } from './copy';
import type { UserTable } from './user-table';

/**
 * Answers a list query over one tenant's table: filters first, then sorts only the matches
 * (createdAt ascending, then id), then cuts the page; items are copies.
 */
export function listUsers(table: UserTable | undefined, query: UserListQuery): UserPage {
  if (!table) return { items: [], total: 0 };
  const matches = [...table.byId.values()].filter(matcher(query));
  matches.sort(byCreatedAtThenId);
  const start = Math.max(0, query.offset);
  const end = start + Math.max(0, query.limit);
  return { items: matches.slice(start, end).map(copy), total: matches.length };
}

function matcher(query: UserListQuery): (user: User) => boolean {
  const organizations = query.organizationIds ? new Set(query.organizationIds) : null;
  return (user) =>
    (query.status === undefined || user.status === query.status) &&
    (query.role === undefined || user.role === query.role) &&
    (organizations === null || organizations.has(user.organizationId)) &&
    (query.groupId === undefined || user.groupIds.includes(query.groupId));
}

function byCreatedAtThenId(a: User, b: User): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;
}
