import { USER_STATUSES, type RoleCatalog, type SchemaField, type UserStatus } from '../../../domain';
import type { FieldIssue } from '../../../errors';
import type { UserDateField, UserFilter, UserSort, UserSortField } from '../../../ports';
import type { ListUsersQuery } from './dto/list-users.query';

/** The query parameters `profile.<field>=value` filter by (split off before the DTO refuses unknown ones). */
export const PROFILE_PARAMETER = /^profile\.(.+)$/;

/** The admin `sort` names and the store's fields (`name` is the last name). */
const SORT_FIELDS: Readonly<Record<string, UserSortField>> = {
  created: 'createdAt',
  email: 'email',
  name: 'lastName',
  last_login: 'lastLoginAt',
};

/** The date bounds: parameter, stored field, comparison (both exclusive). */
const DATE_BOUNDS: readonly (readonly [keyof ListUsersQuery, UserDateField, 'gt' | 'lt'])[] = [
  ['created_after', 'createdAt', 'gt'],
  ['created_before', 'createdAt', 'lt'],
  ['last_login_after', 'lastLoginAt', 'gt'],
  ['last_login_before', 'lastLoginAt', 'lt'],
];

/** An ISO 8601 date (`2026-12-04`, midnight UTC) or date-time with a UTC offset (`…T10:00:00Z`, `…+01:00`). */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

export function parseInstant(text: string): Date | null {
  if (!ISO_8601.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : new Date(at);
}

/** What a list query asks of the store, beyond paging; `issues` when it cannot be answered. */
export interface UserListPlan {
  readonly statuses: readonly UserStatus[];
  readonly roles: readonly string[];
  /** Filters the store's `role`/`status` fields do not hold (several values, dates, profile values). */
  readonly filter: readonly UserFilter[];
  /** The `sort` as sent (default `created`). */
  readonly sortName: string;
  readonly sort: UserSort;
  /** The filters other than status, role, organization and `q`, canonical, for the cursor's fingerprint. */
  readonly more: string;
  readonly issues: readonly FieldIssue[];
}

/** A comma-separated list: its items, or null when one is empty. */
function itemsOf(text: string): string[] | null {
  const items = text.split(',');
  return items.some((item) => item === '') ? null : [...new Set(items)];
}

/**
 * Reads the filters and the order of `GET /users` (the DTO has checked the types): statuses and
 * roles the tenant knows, ISO 8601 bounds, profile fields the tenant's schema keeps in the
 * profile. `profile` holds the `profile.<field>` parameters as sent.
 */
export function planUserList(
  query: ListUsersQuery,
  profile: Readonly<Record<string, string | readonly string[]>>,
  catalog: RoleCatalog,
  schema: readonly SchemaField[],
): UserListPlan {
  const issues: FieldIssue[] = [];
  const filter: UserFilter[] = [];
  const statuses = query.status === undefined ? [] : (itemsOf(query.status) ?? []);
  if (query.status !== undefined && (statuses.length === 0 || statuses.some((status) => !USER_STATUSES.includes(status as UserStatus)))) {
    issues.push({ field: 'status', message: `must be one or more of: ${USER_STATUSES.join(', ')} (comma-separated), or deleted` });
  }
  const roles = query.role === undefined ? [] : (itemsOf(query.role) ?? []);
  if (query.role !== undefined && (roles.length === 0 || roles.some((role) => !catalog.roles.some((known) => known.name === role)))) {
    issues.push({ field: 'role', message: 'must be one or more roles of this tenant (comma-separated)' });
  }
  if (statuses.length > 1) filter.push({ statuses: statuses as UserStatus[] });
  if (roles.length > 1) filter.push({ roles });
  const more: Record<string, unknown> = {};
  for (const [parameter, date, op] of DATE_BOUNDS) {
    const text = query[parameter];
    if (typeof text !== 'string') continue;
    const value = parseInstant(text);
    if (value === null) issues.push({ field: parameter, message: 'must be an ISO 8601 date or date-time with a UTC offset' });
    else {
      filter.push({ date, op, value });
      more[parameter] = value.getTime();
    }
  }
  const profiled = new Set(schema.filter((field) => field.storage === 'profile').map((field) => field.name));
  for (const [parameter, value] of Object.entries(profile).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const name = PROFILE_PARAMETER.exec(parameter)?.[1] ?? '';
    if (!profiled.has(name)) issues.push({ field: parameter, message: 'is not a profile field of this tenant' });
    else if (typeof value !== 'string') issues.push({ field: parameter, message: 'must be given once' });
    else {
      filter.push({ profileField: name, value });
      more[parameter] = value;
    }
  }
  if (query.organization_subtree === 'true') {
    if (query.organization_id === undefined) issues.push({ field: 'organization_subtree', message: 'needs organization_id' });
    more.organization_subtree = true;
  }
  if (query.group_id !== undefined) more.group_id = query.group_id;
  const sortName = query.sort ?? 'created';
  const descending = sortName.startsWith('-');
  const sort: UserSort = { field: SORT_FIELDS[descending ? sortName.slice(1) : sortName] ?? 'createdAt', descending };
  return {
    statuses: statuses as UserStatus[],
    roles,
    filter,
    sortName,
    sort,
    more: Object.keys(more).length === 0 ? '' : JSON.stringify(more),
    issues,
  };
}
