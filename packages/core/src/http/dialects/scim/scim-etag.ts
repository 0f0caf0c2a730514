import { RosterError } from '../../../errors';
import { own } from '../../json-body';
import type { RosterRequest } from '../../http.types';

/** A user's or a group's ETag and `meta.version`: its version as a weak tag, `W/"3"` (RFC 7644 §3.14). */
export function scimVersion(version: number): string {
  return `W/"${version}"`;
}

/**
 * The version `If-Match` holds a write to: absent or `*` → none (undefined). A tag names a
 * version with or without `W/` (the tags are ours, so the weak prefix is only a spelling). A
 * header listing tags none of which is the current version fails (PRECONDITION_FAILED).
 */
export function ifMatchVersion(request: RosterRequest, current: number): number | undefined {
  const header = own(request.headers, 'if-match') as string | undefined;
  if (header === undefined || header.trim() === '*') return undefined;
  const versions = header
    .split(',')
    .map((tag) => /^\s*(?:W\/)?"([0-9]{1,15})"\s*$/.exec(tag)?.[1])
    .filter((digits): digits is string => digits !== undefined)
    .map(Number);
  if (!versions.includes(current)) throw new RosterError('PRECONDITION_FAILED', 'If-Match names another version');
  return current;
}
