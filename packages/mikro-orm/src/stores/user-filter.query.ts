import { raw, type FilterQuery } from '@mikro-orm/core';
import type { UserFilter, UserFilterLeaf, UserTextField } from '@roster/core';
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

function leafCondition(leaf: UserFilterLeaf, dialect: SqlDialect): FilterQuery<UserRow> {
  if ('statuses' in leaf) return leaf.statuses.length === 0 ? NONE : { status: { $in: [...leaf.statuses] } };
  if ('date' in leaf) {
    const value = new Date(leaf.value.getTime());
    const operator = { eq: '$eq', gt: '$gt', ge: '$gte', lt: '$lt', le: '$lte' }[leaf.op];
    return { [leaf.date]: { [operator]: value } };
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
