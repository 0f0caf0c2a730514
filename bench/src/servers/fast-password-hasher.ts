import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { PasswordHasher } from '@roster/core';

const PREFIX = 'bench-sha256$';

/**
 * A stand-in for argon2 in the overhead and peer figures, used by the candidate and the
 * baseline alike: salted SHA-256, microseconds instead of tens of milliseconds, so those
 * figures measure the code around the hash. Never for real passwords.
 */
export class FastPasswordHasher implements PasswordHasher {
  // eslint-disable-next-line @typescript-eslint/require-await -- a port method: a failure rejects, as argon2's would, rather than throws
  async hash(password: string): Promise<string> {
    const salt = randomBytes(16).toString('hex');
    return `${PREFIX}${salt}$${digest(salt, password)}`;
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- a port method: a failure rejects, as argon2's would, rather than throws
  async verify(hash: string, password: string): Promise<boolean> {
    if (typeof hash !== 'string' || !hash.startsWith(PREFIX)) return false;
    const [salt, expected] = hash.slice(PREFIX.length).split('$');
    if (salt === undefined || expected === undefined) return false;
    const actual = Buffer.from(digest(salt, password), 'utf8');
    const stored = Buffer.from(expected, 'utf8');
    return actual.length === stored.length && timingSafeEqual(actual, stored);
  }
}

function digest(salt: string, password: string): string {
  return createHash('sha256').update(salt).update(password, 'utf8').digest('hex');
}
