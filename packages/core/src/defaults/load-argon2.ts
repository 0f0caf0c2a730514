import type * as Argon2 from 'argon2';
import { RosterError } from '../errors';

/** What a host sees when it neither installed `argon2` nor passed a `passwordHasher`. */
export const ARGON2_MISSING_MESSAGE =
  'The default password hasher needs the optional peer dependency "argon2", which is not installed: ' +
  'install it (npm install argon2) or pass your own passwordHasher to createRoster().';

/**
 * Loads the `argon2` binding on first use, so that it stays an optional peer. Only a missing
 * `argon2` itself becomes a CONFIGURATION_INVALID RosterError; any other failure (a broken native
 * build, a missing dependency of argon2) is thrown as it is, so its cause stays visible.
 */
export function loadArgon2(load: (id: string) => unknown = require): typeof Argon2 {
  try {
    return load('argon2') as typeof Argon2;
  } catch (error) {
    if (isMissing(error, 'argon2')) throw new RosterError('CONFIGURATION_INVALID', ARGON2_MISSING_MESSAGE, {}, { cause: error });
    throw error;
  }
}

function isMissing(error: unknown, id: string): boolean {
  if (!(error instanceof Error) || (error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') return false;
  return error.message.includes(`'${id}'`);
}
