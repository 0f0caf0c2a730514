import { RosterError } from '../../../errors';
import type { ErrorTable } from '../../create-dialect';
import type { RosterResponse } from '../../http.types';

/** A route's own answers for some core error codes; the rest go to the dialect's table. */
export type ErrorOverrides = Partial<ErrorTable>;

/** Runs a route's work and answers the overridden codes itself; anything else propagates. */
export async function withErrorOverrides(
  overrides: ErrorOverrides,
  run: () => Promise<RosterResponse>,
): Promise<RosterResponse> {
  try {
    return await run();
  } catch (error) {
    const answer = error instanceof RosterError ? overrides[error.code] : undefined;
    if (answer === undefined) throw error;
    return answer(error as RosterError);
  }
}
