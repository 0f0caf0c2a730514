import { createHash } from 'node:crypto';
import type { UserListPosition } from '../../../ports';

/** The filters a cursor is bound to: it is refused with others. */
export interface AdminCursorFilters {
  readonly status?: string | undefined;
  readonly role?: string | undefined;
  readonly organizationId?: number | undefined;
  /** The text search (`q`), as sent; absent or empty: none. */
  readonly q?: string | undefined;
}

const LABEL = 'roster admin list cursor 1';
/** A keyed checksum of a cursor's text (shared by the users' and the audit trail's cursors). */
export const digest = (text: string, length: number): string =>
  createHash('sha256').update(`${LABEL}\n${text}`).digest('base64url').slice(0, length);
// `q` is appended only when searching, so a cursor issued without one keeps its fingerprint.
const fingerprint = (filters: AdminCursorFilters): string =>
  digest(
    JSON.stringify([
      filters.status ?? null,
      filters.role ?? null,
      filters.organizationId ?? null,
      ...(filters.q === undefined || filters.q === '' ? [] : [filters.q]),
    ]),
    8,
  );

/** An opaque cursor after `position`: base64url of `<createdAt ms>.<id>.<filters>.<checksum>`. */
export function encodeAdminCursor(position: UserListPosition, filters: AdminCursorFilters): string {
  const body = `${position.createdAt.getTime()}.${position.id}.${fingerprint(filters)}`;
  return Buffer.from(`${body}.${digest(body, 12)}`, 'utf8').toString('base64url');
}

/** The position a cursor stands for, or why it is refused. */
export function decodeAdminCursor(cursor: string, filters: AdminCursorFilters): UserListPosition | 'invalid' | 'other-filters' {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return 'invalid';
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('.');
  if (parts.length !== 4) return 'invalid';
  const [ms = '', id = '', bound = '', sum = ''] = parts;
  if (sum !== digest(`${ms}.${id}.${bound}`, 12) || !/^[0-9]{1,15}$/.test(ms) || !/^[0-9]{1,15}$/.test(id)) return 'invalid';
  if (bound !== fingerprint(filters)) return 'other-filters';
  return { createdAt: new Date(Number(ms)), id: Number(id) };
}
