import { createHash } from 'node:crypto';
import type { UserStatus } from '../../../domain';
import type { UserListPosition } from '../../../ports';

/** The list filters a cursor is bound to: a cursor is only valid with the same ones. */
export interface CursorFilters {
  readonly status?: UserStatus | undefined;
  readonly role?: string | undefined;
}

/** What reading an `after` value gave: a position, or why it is refused. */
export type CursorReading =
  { readonly ok: true; readonly position: UserListPosition } | { readonly ok: false; readonly reason: 'invalid' | 'other-filters' };

const SEPARATOR = '.';
const LABEL = 'roster rest-v1 list cursor 1';

function digest(text: string, length: number): string {
  return createHash('sha256').update(`${LABEL}\n${text}`).digest('base64url').slice(0, length);
}

/** A short fingerprint of the filters (JSON of status and role, absent as null). */
function fingerprint(filters: CursorFilters): string {
  return digest(JSON.stringify([filters.status ?? null, filters.role ?? null]), 8);
}

/**
 * The opaque cursor after `position`: base64url of `<createdAt ms>.<id>.<filters>.<checksum>`.
 * The checksum catches an edited or truncated cursor; it is not a secret, and needs none: a
 * forged position only moves where a walk starts inside the caller's own scope and filters.
 */
export function encodeCursor(position: UserListPosition, filters: CursorFilters): string {
  const body = [position.createdAt.getTime(), position.id, fingerprint(filters)].join(SEPARATOR);
  return Buffer.from(`${body}${SEPARATOR}${digest(body, 12)}`, 'utf8').toString('base64url');
}

/** Reads a cursor made by `encodeCursor` for the same filters. */
export function decodeCursor(cursor: string, filters: CursorFilters): CursorReading {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return { ok: false, reason: 'invalid' };
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(SEPARATOR);
  const [ms, id, bound, sum] = parts;
  if (parts.length !== 4 || ms === undefined || id === undefined || bound === undefined || sum === undefined) {
    return { ok: false, reason: 'invalid' };
  }
  const body = [ms, id, bound].join(SEPARATOR);
  if (sum !== digest(body, 12) || !/^[0-9]{1,15}$/.test(ms) || !/^[0-9]{1,15}$/.test(id)) return { ok: false, reason: 'invalid' };
  if (bound !== fingerprint(filters)) return { ok: false, reason: 'other-filters' };
  return { ok: true, position: { createdAt: new Date(Number(ms)), id: Number(id) } };
}
