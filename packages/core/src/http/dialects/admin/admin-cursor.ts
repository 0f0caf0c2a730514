import { createHash } from 'node:crypto';
import type { UserListPosition, UserSortPosition } from '../../../ports';

/** The filters a cursor is bound to: it is refused with others. */
export interface AdminCursorFilters {
  readonly status?: string | undefined;
  readonly role?: string | undefined;
  readonly organizationId?: number | undefined;
  /** The text search (`q`), as sent; absent or empty: none. */
  readonly q?: string | undefined;
  /** The other filters, in one canonical text (user-list-query.ts); absent or empty: none. */
  readonly more?: string | undefined;
}

const LABEL = 'roster admin list cursor 1';
/** A keyed checksum of a cursor's text (shared by the users' and the audit trail's cursors). */
export const digest = (text: string, length: number): string =>
  createHash('sha256').update(`${LABEL}\n${text}`).digest('base64url').slice(0, length);
// `q` and `more` are appended only when given, so a cursor issued without them keeps its fingerprint.
const fingerprint = (filters: AdminCursorFilters): string =>
  digest(
    JSON.stringify([
      filters.status ?? null,
      filters.role ?? null,
      filters.organizationId ?? null,
      ...(filters.q === undefined || filters.q === '' ? [] : [filters.q]),
      ...(filters.more === undefined || filters.more === '' ? [] : [{ more: filters.more }]),
    ]),
    8,
  );

/** An opaque cursor after `position`: base64url of `<createdAt ms>.<id>.<filters>.<checksum>`. */
export function encodeAdminCursor(position: UserListPosition, filters: AdminCursorFilters): string {
  const body = `${position.createdAt.getTime()}.${position.id}.${fingerprint(filters)}`;
  return Buffer.from(`${body}.${digest(body, 12)}`, 'utf8').toString('base64url');
}

/** The position a cursor stands for, or why it is refused. */
export function decodeAdminCursor(
  cursor: string,
  filters: AdminCursorFilters,
): UserListPosition | 'invalid' | 'other-filters' | 'other-sort' {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return 'invalid';
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('.');
  if (parts.length === 5) return decodeSortedCursor(cursor, '', filters) === 'invalid' ? 'invalid' : 'other-sort';
  if (parts.length !== 4) return 'invalid';
  const [ms = '', id = '', bound = '', sum = ''] = parts;
  if (sum !== digest(`${ms}.${id}.${bound}`, 12) || !/^[0-9]{1,15}$/.test(ms) || !/^[0-9]{1,15}$/.test(id)) return 'invalid';
  if (bound !== fingerprint(filters)) return 'other-filters';
  return { createdAt: new Date(Number(ms)), id: Number(id) };
}

/** A sort key on the cursor: `n` none, `d<ms>` a date, `s<base64url>` text. */
function keyText(key: string | Date | null): string {
  if (key === null) return 'n';
  // `typeof`, not `instanceof Date`: a Date made in another realm (a vm context) is one too.
  if (typeof key === 'string') return `s${Buffer.from(key, 'utf8').toString('base64url')}`;
  return `d${key.getTime()}`;
}

/** The key a cursor's key text stands for, or null when it is none of the three forms. */
function keyOf(text: string): { readonly key: string | Date | null } | null {
  if (text === 'n') return { key: null };
  if (/^d[0-9]{1,15}$/.test(text)) return { key: new Date(Number(text.slice(1))) };
  if (/^s[A-Za-z0-9_-]{0,700}$/.test(text)) return { key: Buffer.from(text.slice(1), 'base64url').toString('utf8') };
  return null;
}

/**
 * An opaque cursor after `position` in the order `sort` names (`-email`, `last_login`, …; not the
 * default `created`, whose cursor is `encodeAdminCursor`'s): base64url of
 * `<sort>.<key>.<id>.<filters>.<checksum>`, so the key of the order travels with it.
 */
export function encodeSortedCursor(sort: string, position: UserSortPosition, filters: AdminCursorFilters): string {
  const body = `${sort}.${keyText(position.key)}.${position.id}.${fingerprint(filters)}`;
  return Buffer.from(`${body}.${digest(body, 12)}`, 'utf8').toString('base64url');
}

/** The position a sorted cursor stands for, or why it is refused (`other-sort`: issued for another order). */
export function decodeSortedCursor(
  cursor: string,
  sort: string,
  filters: AdminCursorFilters,
): UserSortPosition | 'invalid' | 'other-filters' | 'other-sort' {
  if (!/^[A-Za-z0-9_-]{1,1200}$/.test(cursor)) return 'invalid';
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('.');
  if (parts.length === 4) return decodeAdminCursor(cursor, filters) === 'invalid' ? 'invalid' : 'other-sort';
  if (parts.length !== 5) return 'invalid';
  const [named = '', key = '', id = '', bound = '', sum = ''] = parts;
  if (sum !== digest(`${named}.${key}.${id}.${bound}`, 12) || !/^[0-9]{1,15}$/.test(id)) return 'invalid';
  const value = keyOf(key);
  if (value === null) return 'invalid';
  if (named !== sort) return 'other-sort';
  if (bound !== fingerprint(filters)) return 'other-filters';
  return { key: value.key, id: Number(id) };
}
