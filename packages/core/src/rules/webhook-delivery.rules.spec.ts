import {
  FIRST_RETRY_DELAY_MS,
  MAX_DELIVERY_ATTEMPTS,
  MAX_RETRY_DELAY_MS,
  RESPONSE_SNIPPET_BYTES,
  responseSnippet,
  retryDelayMs,
} from './webhook-delivery.rules';

describe('retryDelayMs', () => {
  it('doubles after each failure, between half and all of the step', () => {
    expect(retryDelayMs(1, () => 0)).toBe(FIRST_RETRY_DELAY_MS / 2);
    expect(retryDelayMs(1, () => 1)).toBe(FIRST_RETRY_DELAY_MS);
    expect(retryDelayMs(2, () => 0)).toBe(FIRST_RETRY_DELAY_MS);
    expect(retryDelayMs(3, () => 0.5)).toBe(FIRST_RETRY_DELAY_MS * 3);
  });

  it('is capped, and the whole schedule spans about three days', () => {
    expect(retryDelayMs(40, () => 1)).toBe(MAX_RETRY_DELAY_MS);
    let longest = 0;
    for (let failed = 1; failed < MAX_DELIVERY_ATTEMPTS; failed += 1) longest += retryDelayMs(failed, () => 1);
    expect(longest).toBeGreaterThan(2.5 * 24 * 60 * 60 * 1000);
    expect(longest).toBeLessThan(4 * 24 * 60 * 60 * 1000);
  });
});

describe('responseSnippet', () => {
  it('keeps a short body whole', () => {
    expect(responseSnippet(Buffer.from('{"ok":true}'))).toBe('{"ok":true}');
  });

  it('keeps at most 256 bytes, never half a character', () => {
    expect(Buffer.byteLength(responseSnippet(Buffer.alloc(1000, 'a')))).toBe(RESPONSE_SNIPPET_BYTES);
    const body = Buffer.from(`${'a'.repeat(255)}é and more`);
    expect(responseSnippet(body)).toBe('a'.repeat(255));
    const euro = Buffer.from('€'.repeat(100));
    const snippet = responseSnippet(euro);
    expect(snippet).toBe('€'.repeat(85));
    expect(Buffer.byteLength(snippet)).toBeLessThan(RESPONSE_SNIPPET_BYTES + 1);
  });
});
