import { RosterError, type ErrorCode } from '@roster/core';
import type { ContractExpect } from './contract-runner';

/**
 * What a rejection is counted as: its RosterError code, or `non-roster`; an INTERNAL error or a
 * non-roster one also names what was thrown, so that a failed tally says why, not only how often.
 */
function rejectionLabel(reason: unknown): string {
  if (!RosterError.is(reason)) return `non-roster (${describeThrown(reason)})`;
  return reason.code === 'INTERNAL' ? `INTERNAL (${describeThrown(reason.cause ?? reason)})` : reason.code;
}

function describeThrown(thrown: unknown): string {
  return thrown instanceof Error ? `${thrown.name}: ${thrown.message.slice(0, 160)}` : String(thrown);
}

/** Counts fulfilled results and the error codes of rejected ones (`non-roster` for anything else). */
export function tally(results: readonly PromiseSettledResult<unknown>[]): { fulfilled: number; codes: Record<string, number> } {
  const codes: Record<string, number> = {};
  let fulfilled = 0;
  for (const result of results) {
    if (result.status === 'fulfilled') {
      fulfilled += 1;
    } else {
      const label = rejectionLabel(result.reason);
      codes[label] = (codes[label] ?? 0) + 1;
    }
  }
  return { fulfilled, codes };
}

/** Lets other pending work run (a few turns of the event loop). */
export function yieldToOthers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The assertions the contract files share, bound to the runner's `expect` (the suite imports no
 * runner of its own).
 */
export function contractAssertions(expect: ContractExpect) {
  /** Asserts that `promise` rejects with a `RosterError` of `code` (any code when omitted). */
  async function expectRosterError(promise: Promise<unknown>, code?: ErrorCode): Promise<RosterError> {
    const outcome = await promise.then(
      (value: unknown) => ({ resolved: value }),
      (error: unknown) => ({ rejected: error }),
    );
    expect(outcome).toHaveProperty('rejected');
    const error = (outcome as { rejected: unknown }).rejected;
    expect(error).toBeInstanceOf(RosterError);
    if (code !== undefined) expect((error as RosterError).code).toBe(code);
    return error as RosterError;
  }

  /**
   * `value`, asserted present, with `readonly` removed: to check that mutating what a store
   * returned changes nothing in the store.
   */
  function mutable<T>(value: T | null): { -readonly [K in keyof T]: T[K] } {
    expect(value).not.toBeNull();
    return value as { -readonly [K in keyof T]: T[K] };
  }

  return { expectRosterError, mutable };
}
