import { RosterError } from '@roster/core';
import { describeDatabase } from './database-url';
import type { HostConfig } from './host-config';

/**
 * A failed start, said with what failed: the bootstrap file by its path, the database by
 * `describeDatabase` (kind, host, port and name: never the user or password).
 */
export function explainStartError(config: HostConfig, error: unknown): unknown {
  if (RosterError.is(error, 'BOOTSTRAP_INVALID')) {
    // The core's message names the offending path inside the file; say which file.
    return new RosterError('BOOTSTRAP_INVALID', `${config.bootstrapPath}: ${error.message}`, error.details, { cause: error });
  }
  if (RosterError.is(error, 'STORE_UNAVAILABLE')) {
    return new RosterError('STORE_UNAVAILABLE', `${describeDatabase(config.databaseUrl)}: ${error.message}`, error.details, {
      cause: error,
    });
  }
  return error;
}
