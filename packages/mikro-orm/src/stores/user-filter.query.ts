import { raw, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { UserFilter, UserFilterLeaf, UserSort, UserSortField, UserSortPosition, UserTextField } from '@roster/core';
import type { UserRow } from '../entities';
import type { SqlDialect } from '../orm/sql-dialect';

type TextLeaf = Extract<UserFilterLeaf, { text: UserTextField }>;

/** Matches nobody (an empty `or`, an empty status list). */
const NONE: FilterQuery<UserRow> = { id: { $in: [] } };

/** The stored column of a text field (unqualified, lower-case: no quoting needed on any dialect). */
const COLUMNS: Readonly<Record<Exclude<UserTextField, 'jobTitle'>, string>> = {
  email: 'email_key',
  login: 'login_key',
  firstName: 'first_name',
  lastName: 'last_name',
  publicId: 'public_id',
  scimExternalId: 'scim_external_id',
};

/** Fields whose column is the lower-cased key already (only the value is lower-cased). */
const KEYED: ReadonlySet<UserTextField> = new Set(['email', 'login']);
/** Fields compared exactly (caseExact). */
const EXACT: ReadonlySet<UserTextField> = new Set(['publicId', 'scimExternalId']);

/** The `job_title` profile value as text (null when absent), with a binary collation on MariaDB/MySQL. */
function jobTitle(alias: string, dialect: SqlDialect): string {
  if (dialect === 'postgresql') return `(${alias}.profile ->> 'job_title')`;
  if (dialect === 'sqlite') return `json_extract(${alias}.profile, '$.job_title')`;
  return `(json_unquote(json_extract(${alias}.profile, '$.job_title')) collate utf8mb4_bin)`;
}

/** `%`, `_` and the escape character itself as literal text in a LIKE pattern (`escape '!'`). */
export function likeLiteral(value: string): string {
  return value.replace(/[!%_]/g, (c) => `!${c}`);
}

/**
 * One text comparison as a SQL condition that is never NULL (a user without the value is false,
 * so `not` of it is true, as in the memory store). Case-insensitive fields compare `lower()` of
 * the column with the lower-cased value; email and login have lower-cased key columns already.
 * Ordered comparisons are by code point (`collate "C"` on PostgreSQL; MariaDB's tables are
 * utf8mb4_bin, SQLite compares bytes). co/sw/ew use LIKE with `!` as escape (no backslash, which
 * MariaDB would also read in the string literal) on PostgreSQL and MariaDB; SQLite's LIKE ignores
 * ASCII case, so there instr()/substr() compare exactly.
 */
function textCondition(leaf: TextLeaf, dialect: SqlDialect): FilterQuery<UserRow> {
  const stored = (alias: string) => (leaf.text === 'jobTitle' ? jobTitle(alias, dialect) : `${alias}.${COLUMNS[leaf.text]}`);
  const folded = !KEYED.has(leaf.text) && !EXACT.has(leaf.text);
  const expr = (alias: string) => (folded ? `lower(${stored(alias)})` : stored(alias));
  const guard = (alias: string) => `${stored(alias)} is not null`;
  if (leaf.op === 'pr') return { [raw((a: string) => `(${guard(a)} and ${stored(a)} <> '')`)]: [] };
  const value = EXACT.has(leaf.text) ? leaf.value : leaf.value.toLowerCase();
  const op = leaf.op;
  const when = (condition: (alias: string) => string, params: readonly unknown[]): FilterQuery<UserRow> => ({
    [raw((a: string) => `(${guard(a)} and ${condition(a)})`, params)]: [],
  });
  if ((op === 'co' || op === 'sw' || op === 'ew') && value === '') return { [raw((a: string) => `(${guard(a)})`)]: [] };
  switch (op) {
    case 'eq':
      return when((a) => `${expr(a)} = ?`, [value]);
    case 'gt':
    case 'ge':
    case 'lt':
    case 'le': {
      const sign = { gt: '>', ge: '>=', lt: '<', le: '<=' }[op];
      const collate = dialect === 'postgresql' ? ' collate "C"' : '';
      return when((a) => `${expr(a)}${collate} ${sign} ?`, [value]);
    }
    default:
      break;
  }
  if (dialect === 'sqlite') {
    if (op === 'co') return when((a) => `instr(${expr(a)}, ?) > 0`, [value]);
    if (op === 'sw') return when((a) => `substr(${expr(a)}, 1, length(?)) = ?`, [value, value]);
    return when((a) => `length(${expr(a)}) >= length(?) and substr(${expr(a)}, -length(?)) = ?`, [value, value, value]);
  }
  const literal = likeLiteral(value);
  const pattern = op === 'co' ? `%${literal}%` : op === 'sw' ? `${literal}%` : `%${literal}`;
  return when((a) => `${expr(a)} like ? escape '!'`, [pattern]);
}

/**
 * A custom profile value as lower-cased text (null when absent). The field's name is a bound
 * parameter (a JSON path on SQLite and MariaDB), never part of the statement's text.
 */
function profileValue(alias: string, dialect: SqlDialect): string {
  if (dialect === 'postgresql') return `lower(${alias}.profile ->> ?)`;
  if (dialect === 'sqlite') return `lower(json_extract(${alias}.profile, ?))`;
  return `lower(json_unquote(json_extract(${alias}.profile, ?)) collate utf8mb4_bin)`;
}

/** `$."name"`: a JSON path to one member (the name's `"` and `\` escaped). */
const jsonPath = (name: string): string => `$."${name.replace(/["\\]/g, (c) => `\\${c}`)}"`;

function leafCondition(leaf: UserFilterLeaf, dialect: SqlDialect): FilterQuery<UserRow> {
  if ('statuses' in leaf) return leaf.statuses.length === 0 ? NONE : { status: { $in: [...leaf.statuses] } };
  if ('roles' in leaf) return leaf.roles.length === 0 ? NONE : { role: { $in: [...leaf.roles] } };
  if ('profileField' in leaf) {
    const name = dialect === 'postgresql' ? leaf.profileField : jsonPath(leaf.profileField);
    return { [raw((a: string) => `(${a}.profile is not null and ${profileValue(a, dialect)} = ?)`, [name, leaf.value.toLowerCase()])]: [] };
  }
  if ('date' in leaf) {
    const value = new Date(leaf.value.getTime());
    const operator = { eq: '$eq', gt: '$gt', ge: '$gte', lt: '$lt', le: '$lte' }[leaf.op];
    // A user without the date (lastLoginAt) matches no comparison, and `not` of one holds for it.
    return { $and: [{ [leaf.date]: { $ne: null } }, { [leaf.date]: { [operator]: value } }] };
  }
  return textCondition(leaf, dialect);
}

/**
 * A `UserFilter` tree as a MikroORM condition on `roster_users`: `$and`/`$or`/`$not`, the dates
 * and statuses as property conditions (MikroORM converts dates for each driver), the text
 * comparisons as raw SQL fragments. Build it anew for each query (raw fragments are used once).
 */
export function filterCondition(filter: UserFilter, dialect: SqlDialect): FilterQuery<UserRow> {
  if ('and' in filter) return filter.and.length === 0 ? {} : { $and: filter.and.map((inner) => filterCondition(inner, dialect)) };
  if ('or' in filter) return filter.or.length === 0 ? NONE : { $or: filter.or.map((inner) => filterCondition(inner, dialect)) };
  if ('not' in filter) return { $not: filterCondition(filter.not, dialect) };
  return leafCondition(filter, dialect);
}

/** The sort fields kept as dates (`lastLoginAt` nullable). */
type DateSortField = 'createdAt' | 'updatedAt' | 'lastLoginAt';
const DATE_SORT_COLUMNS: Readonly<Record<DateSortField, string>> = {
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  lastLoginAt: 'last_login_at',
};
const isDateSort = (field: UserSortField): field is DateSortField => field in DATE_SORT_COLUMNS;

const SORT_COLUMNS: Readonly<Record<Exclude<UserSortField, DateSortField>, string>> = {
  email: 'email_key',
  login: 'login_key',
  firstName: 'first_name',
  lastName: 'last_name',
};

/**
 * The ORDER BY of a `UserSort`: a text column lower-cased, by code point (`collate "C"` on
 * PostgreSQL), after `(column is null)` so that users without a value come last ascending and
 * first descending on every database; then id ascending. Built anew for each query.
 */
export function sortOrderBy(sort: UserSort, dialect: SqlDialect): QueryOrderMap<UserRow>[] {
  const direction = sort.descending === true ? 'desc' : 'asc';
  const byId: QueryOrderMap<UserRow> = { id: 'asc' };
  if (sort.field === 'createdAt' || sort.field === 'updatedAt') return [{ [sort.field]: direction }, byId];
  if (sort.field === 'lastLoginAt') {
    // Databases disagree on where NULL sorts: `(column is null)` first puts it last ascending everywhere.
    return [{ [raw((a: string) => `(${a}.last_login_at is null)`)]: direction }, { lastLoginAt: direction }, byId];
  }
  const column = SORT_COLUMNS[sort.field];
  const collate = dialect === 'postgresql' ? ' collate "C"' : '';
  return [
    { [raw((a: string) => `(${a}.${column} is null)`)]: direction },
    { [raw((a: string) => `lower(${a}.${column})${collate}`)]: direction },
    byId,
  ];
}

/**
 * The users after `position` in the order of `sortOrderBy(sort)`: ascending, no value last, so
 * after a value come the greater values, the same value with a greater id, and every user without
 * one; descending, no value first. Dates are property conditions (MikroORM converts them per
 * driver), text compares `lower(column)` as the ORDER BY does. Built anew for each query.
 */
export function afterSortPosition(sort: UserSort, position: UserSortPosition, dialect: SqlDialect): FilterQuery<UserRow> {
  const descending = sort.descending === true;
  const laterId = { id: { $gt: position.id } };
  const field = sort.field;
  if (isDateSort(field)) {
    const none = { [field]: null };
    if (position.key === null) return descending ? { $or: [{ ...none, ...laterId }, { [field]: { $ne: null } }] } : { ...none, ...laterId };
    const key = new Date(typeof position.key === 'string' ? Date.parse(position.key) : position.key.getTime());
    const beyond = { [field]: { [descending ? '$lt' : '$gt']: key } };
    const tie = { [field]: key, ...laterId };
    return descending ? { $or: [beyond, tie] } : { $or: [none, beyond, tie] };
  }
  const column = SORT_COLUMNS[field];
  const collate = dialect === 'postgresql' ? ' collate "C"' : '';
  const expr = (a: string) => `lower(${a}.${column})${collate}`;
  const isNull = (a: string) => `${a}.${column} is null`;
  if (position.key === null) {
    const noneAfter = { [raw((a: string) => `(${isNull(a)})`)]: [], ...laterId };
    return descending ? { $or: [noneAfter, { [raw((a: string) => `(${a}.${column} is not null)`)]: [] }] } : noneAfter;
  }
  const key = String(position.key).toLowerCase();
  const beyond = { [raw((a: string) => `(${expr(a)} ${descending ? '<' : '>'} ?)`, [key])]: [] };
  const tie = { $and: [{ [raw((a: string) => `(${expr(a)} = ?)`, [key])]: [] }, laterId] };
  return descending ? { $or: [beyond, tie] } : { $or: [{ [raw((a: string) => `(${isNull(a)})`)]: [] }, beyond, tie] };
}
