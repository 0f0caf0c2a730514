import { customAlphabet, nanoid } from 'nanoid';
import { RosterError } from '../errors';
import type { IdGenerator } from '../ports';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALPHANUMERIC = `${DIGITS}${UPPER}${LOWER}`;

/** `usr_` + 16 alphanumerics: 16 × log2(62) ≈ 95.3 bits, far beyond guessing or enumeration. */
export const PUBLIC_USER_ID_PREFIX = 'usr_';
export const PUBLIC_USER_ID_SUFFIX_LENGTH = 16;

const PASSWORD_CLASSES = [UPPER, LOWER, DIGITS] as const;

/**
 * Random ids and passwords from nanoid, which draws from `crypto.getRandomValues`/`randomFill`
 * (a CSPRNG) and maps bytes to the alphabet by masking and rejection, so no character is favoured.
 */
export class NanoidIdGenerator implements IdGenerator {
  private readonly publicSuffix = customAlphabet(ALPHANUMERIC, PUBLIC_USER_ID_SUFFIX_LENGTH);
  private readonly alphanumeric = customAlphabet(ALPHANUMERIC);

  publicUserId(): string {
    return `${PUBLIC_USER_ID_PREFIX}${this.publicSuffix()}`;
  }

  /**
   * 21 URL-safe characters (~126 bits): unique without coordination. Never one that starts with
   * `-` (redrawn, one draw in 64), so that an id is safe as a command-line argument: `roster key
   * rotate <id>` read such an id as an unknown option.
   */
  id(): string {
    for (;;) {
      const id = nanoid();
      if (!id.startsWith('-')) return id;
    }
  }

  /**
   * `length` characters drawn uniformly from [A-Za-z0-9], redrawn until the password holds an
   * upper-case letter, a lower-case letter and a digit. Redrawing (rather than forcing a
   * character into a slot) keeps every valid password equally likely; at 12 characters about
   * one draw in eight is redrawn.
   */
  password(length: number): string {
    if (!Number.isSafeInteger(length) || length < PASSWORD_CLASSES.length) {
      throw new RosterError('INTERNAL', `password length must be an integer of at least 3, got ${length}`);
    }
    for (;;) {
      const candidate = this.alphanumeric(length);
      if (PASSWORD_CLASSES.every((chars) => Array.from(candidate).some((c) => chars.includes(c)))) {
        return candidate;
      }
    }
  }
}
