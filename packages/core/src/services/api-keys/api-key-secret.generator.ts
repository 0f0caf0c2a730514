import { randomBytes } from 'node:crypto';

/** A new API key secret: `rk_` and 40 URL-safe characters from 30 random bytes (240 bits). */
export function newApiKeySecret(): string {
  return `rk_${randomBytes(30).toString('base64url')}`;
}
