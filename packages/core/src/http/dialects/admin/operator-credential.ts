import { createHash, timingSafeEqual } from 'node:crypto';
import { RosterError } from '../../../errors';

/** The shortest operator token accepted (a guessable one would hand out every tenant). */
export const MIN_OPERATOR_TOKEN_LENGTH = 16;

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Checks a presented token against the configured one in constant time (both are hashed first,
 * so the comparison never depends on where they differ or how long they are). Holds only the
 * hash of the token.
 */
export class OperatorCredential {
  private readonly hash: Buffer | null;

  constructor(token: string | null | undefined) {
    if (token === undefined || token === null || token === '') {
      this.hash = null;
      return;
    }
    if (typeof token !== 'string' || token.length < MIN_OPERATOR_TOKEN_LENGTH) {
      throw new RosterError('CONFIGURATION_INVALID', `admin: the operator token needs at least ${MIN_OPERATOR_TOKEN_LENGTH} characters`);
    }
    this.hash = digest(token);
  }

  get enabled(): boolean {
    return this.hash !== null;
  }

  matches(presented: string | null): boolean {
    if (this.hash === null || presented === null) return false;
    return timingSafeEqual(this.hash, digest(presented));
  }
}
