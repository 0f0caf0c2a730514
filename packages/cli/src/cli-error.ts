import { RosterError } from '@roster/core';

/** A mistake in how the command was called: exit 2, with a hint to `--help`. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A failure as the CLI reports it: code and message only (never a stack, a URL or a secret). */
export function describeFailure(error: unknown): string {
  return RosterError.is(error) ? `${error.code}: ${error.message}` : 'INTERNAL: the command failed';
}
