import type { User, UserFilter, UserFilterLeaf, UserSort, UserSortField, UserSortPosition, UserTextField } from '@roster/core';

/** Fields compared as given; the others are lower-cased on both sides (caseExact: false). */
const EXACT: ReadonlySet<UserTextField> = new Set(['publicId', 'scimExternalId']);

function textOf(user: User, field: UserTextField): string | null {
  switch (field) {
    case 'jobTitle':
      return user.profile['job_title'] ?? null;
    case 'scimExternalId':
      return user.scimExternalId ?? null;
    default:
      return user[field];
  }
}

/** Ordered comparison by code point, as the SQL stores compare (binary collation). */
function compare(a: string, b: string): number {
  let at = 0;
  while (at < a.length && at < b.length) {
    const left = a.codePointAt(at) ?? 0;
    const right = b.codePointAt(at) ?? 0;
    if (left !== right) return left - right;
    at += left > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

function leafHolds(user: User, leaf: UserFilterLeaf): boolean {
  if ('statuses' in leaf) return leaf.statuses.includes(user.status);
  if ('roles' in leaf) return leaf.roles.includes(user.role);
  if ('profileField' in leaf) return user.profile[leaf.profileField]?.toLowerCase() === leaf.value.toLowerCase();
  if ('date' in leaf) {
    const stored = user[leaf.date];
    if (stored === null) return false;
    const d = stored.getTime() - leaf.value.getTime();
    return { eq: d === 0, gt: d > 0, ge: d >= 0, lt: d < 0, le: d <= 0 }[leaf.op];
  }
  const stored = textOf(user, leaf.text);
  if (leaf.op === 'pr') return stored !== null && stored !== '';
  if (stored === null) return false;
  const exact = EXACT.has(leaf.text);
  const have = exact ? stored : stored.toLowerCase();
  const want = exact ? leaf.value : leaf.value.toLowerCase();
  switch (leaf.op) {
    case 'eq':
      return have === want;
    case 'co':
      return have.includes(want);
    case 'sw':
      return have.startsWith(want);
    case 'ew':
      return have.endsWith(want);
    case 'gt':
      return compare(have, want) > 0;
    case 'ge':
      return compare(have, want) >= 0;
    case 'lt':
      return compare(have, want) < 0;
    case 'le':
      return compare(have, want) <= 0;
  }
}

/** Whether the filter tree holds for the user (UserFilter in the core's ports). */
export function filterHolds(user: User, filter: UserFilter): boolean {
  if ('and' in filter) return filter.and.every((inner) => filterHolds(user, inner));
  if ('or' in filter) return filter.or.some((inner) => filterHolds(user, inner));
  if ('not' in filter) return !filterHolds(user, filter.not);
  return leafHolds(user, filter);
}

/** A user's sort key as a `UserSortPosition` holds it (the stored value, null without one). */
export function sortKeyOf(user: User, field: UserSortField): string | Date | null {
  return user[field];
}

/** The compared form of a sort key: dates as milliseconds, text lower-cased. */
function comparable(key: string | Date | null): string | number | null {
  if (key === null) return null;
  return typeof key === 'string' ? key.toLowerCase() : key.getTime();
}

/**
 * The order of a `UserSort` over (sort key, id) pairs: text lower-cased by code point, no value
 * last (ascending) or first, ties by id.
 */
function keyOrder(sort: UserSort): (a: UserSortPosition, b: UserSortPosition) => number {
  const direction = sort.descending === true ? -1 : 1;
  return (a, b) => {
    const left = comparable(a.key);
    const right = comparable(b.key);
    let order: number;
    if (left === null || right === null) order = left === right ? 0 : left === null ? 1 : -1;
    else if (typeof left === 'number' && typeof right === 'number') order = left - right;
    else order = compare(String(left), String(right));
    return order * direction || a.id - b.id;
  };
}

/** The order of a `UserSort` over users (see `keyOrder`). */
export function sortOrder(sort: UserSort): (a: User, b: User) => number {
  const order = keyOrder(sort);
  return (a, b) => order({ key: sortKeyOf(a, sort.field), id: a.id }, { key: sortKeyOf(b, sort.field), id: b.id });
}

/** Whether `user` comes after `position` in the sort's order. */
export function comesAfter(sort: UserSort, user: User, position: UserSortPosition): boolean {
  return keyOrder(sort)({ key: sortKeyOf(user, sort.field), id: user.id }, position) > 0;
}
