import { RosterError } from '../../errors';

/**
 * Loads an optional peer dependency (`ioredis`, `pg`) on first use, so a host that never uses
 * it never installs it. Only that package missing becomes CONFIGURATION_INVALID, with `why` and
 * how to install it; any other failure is thrown as it is.
 */
export function loadOptionalPeer(id: string, why: string, load: (id: string) => unknown = require): unknown {
  try {
    return load(id);
  } catch (error) {
    const missing =
      error instanceof Error && (error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && error.message.includes(`'${id}'`);
    if (missing) {
      throw new RosterError(
        'CONFIGURATION_INVALID',
        `${why} needs the optional peer dependency "${id}", which is not installed: install it (npm install ${id})`,
        {},
        { cause: error },
      );
    }
    throw error;
  }
}
