import { RosterError } from '../../../errors';
import type { RosterRequest } from '../../http.types';
import { own } from './own-header';

/** A user's strong ETag: its version, quoted (`"3"`). */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * What `If-Match` asks for: absent or `*` → no condition (undefined); else the versions of its
 * entity tags (`"3"`, `W/"3"` is weak and never matches a strong comparison, so it is left out).
 * A header naming no version of ours can match nothing: PRECONDITION_FAILED at once.
 */
export function ifMatchVersions(request: RosterRequest): readonly number[] | undefined {
  const header = own(request.headers, 'if-match');
  if (header === undefined || header.trim() === '*') return undefined;
  const versions = header
    .split(',')
    .map((tag) => /^\s*"([0-9]{1,15})"\s*$/.exec(tag)?.[1])
    .filter((digits): digits is string => digits !== undefined)
    .map(Number);
  if (versions.length === 0) throw new RosterError('PRECONDITION_FAILED', 'If-Match names no version of this resource');
  return versions;
}

/** The version to hold the write to: the current one when If-Match lists it, else the first listed (which fails). */
export function expectedVersion(versions: readonly number[] | undefined, current: number): number | undefined {
  if (versions === undefined) return undefined;
  return versions.includes(current) ? current : versions[0];
}
