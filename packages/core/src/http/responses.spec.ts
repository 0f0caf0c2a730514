import { retryAfterHeader } from './responses';

describe('retryAfterHeader', () => {
  it('gives whole seconds, rounded up, at least 1', () => {
    expect(retryAfterHeader(12.2)).toEqual({ 'Retry-After': '13' });
    expect(retryAfterHeader(900)).toEqual({ 'Retry-After': '900' });
    expect(retryAfterHeader(0)).toEqual({ 'Retry-After': '1' });
    expect(retryAfterHeader(-5)).toEqual({ 'Retry-After': '1' });
    expect(retryAfterHeader(Number.NaN)).toEqual({ 'Retry-After': '1' });
    expect(retryAfterHeader(Number.POSITIVE_INFINITY)).toEqual({ 'Retry-After': '1' });
  });
});
