import { createHash } from 'node:crypto';

/** How many characters of a secret `apiKeyPrefix` shows. */
export const API_KEY_PREFIX_LENGTH = 8;

/**
 * The stored form of an API key secret: lower-case hex SHA-256 of its UTF-8 bytes. A plain fast
 * hash is enough here (unlike passwords) because secrets are long random strings, and it lets a
 * store find a key by an indexed equality lookup.
 */
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** What may be shown of a secret: its first characters and an ellipsis ("rk_acme_…"). */
export function apiKeyPrefix(secret: string): string {
  // Array.from splits by code point, so a secret never ends up with half a surrogate pair.
  return `${Array.from(secret).slice(0, API_KEY_PREFIX_LENGTH).join('')}…`;
}
