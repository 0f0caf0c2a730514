import { RosterError } from '../errors';

/**
 * The optimistic-concurrency rule of every versioned resource (users, groups): a caller that named
 * a version (`If-Match`) writes only the resource still at it, else PRECONDITION_FAILED. No
 * version named: no check.
 */
export function requireVersion(
  resource: { readonly version: number },
  expected: number | undefined,
  kind: 'user' | 'group' = 'user',
): void {
  if (expected !== undefined && resource.version !== expected) {
    throw new RosterError('PRECONDITION_FAILED', `the ${kind} is at version ${resource.version}, not ${expected}`);
  }
}
