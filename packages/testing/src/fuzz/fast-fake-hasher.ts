import { createHash, timingSafeEqual } from 'node:crypto';
import type { PasswordHasher } from '@roster/core';

const PREFIX = '$argon2id$v=19$m=1,t=1,p=1$fuzz$';

/**
 * A PasswordHasher for fuzzing only: one SHA-256 (microseconds) instead of argon2id (~40 ms,
 * which would make 1,000 ispring cases take minutes). Its hashes look like argon2's on purpose,
 * so the "no `$argon2` in any answer or log" check bites on them. Never use it outside tests.
 */
export function fastFakeHasher(): PasswordHasher {
  const digest = (password: string) => createHash('sha256').update(password, 'utf8').digest('base64');
  return {
    hash: async (password) => `${PREFIX}${digest(password)}`,
    verify: async (hash, password) => {
      const expected = Buffer.from(`${PREFIX}${digest(password)}`);
      const given = Buffer.from(hash);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
