/**
 * Pure rules of webhook delivery: when to try again after a failure, and how much of an answer to
 * keep in the delivery log.
 */

/** Delay before the 2nd attempt; it doubles after each failure, up to `MAX_RETRY_DELAY_MS`. */
export const FIRST_RETRY_DELAY_MS = 30_000;
export const MAX_RETRY_DELAY_MS = 10 * 60 * 60 * 1000;
/** Attempts at one event before the endpoint is given up on (about three days with the delays above). */
export const MAX_DELIVERY_ATTEMPTS = 18;
/** Bytes of a response body the delivery log keeps. */
export const RESPONSE_SNIPPET_BYTES = 256;

/**
 * The wait before the next attempt after `failedAttempts` failures (1 or more): exponential, capped,
 * with jitter between half and all of it, so endpoints that failed together do not retry
 * together. `random` gives a number in [0, 1] (injectable: `Math.random` by default).
 */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, failedAttempts - 1);
  const base = Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** Math.min(exponent, 30));
  const share = Math.min(Math.max(random(), 0), 1);
  return Math.round(base / 2 + (base / 2) * share);
}

/** The first `RESPONSE_SNIPPET_BYTES` bytes of a body as text, cut before a split UTF-8 character. */
export function responseSnippet(body: Uint8Array): string {
  if (body.length <= RESPONSE_SNIPPET_BYTES) return new TextDecoder().decode(body);
  let end = RESPONSE_SNIPPET_BYTES;
  // Step back over continuation bytes (10xxxxxx) to the start of the character that was cut.
  while (end > 0 && ((body[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return new TextDecoder().decode(body.subarray(0, end));
}
