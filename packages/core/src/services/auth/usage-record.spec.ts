import { isUsageStale, USAGE_RECORD_INTERVAL_MS } from './usage-record';

describe('isUsageStale', () => {
  const now = new Date('2026-01-01T12:00:00Z');

  it('records a first use', () => {
    expect(isUsageStale(null, now)).toBe(true);
  });

  it('skips a write within the interval and records once it has passed', () => {
    expect(isUsageStale(new Date(now.getTime() - USAGE_RECORD_INTERVAL_MS + 1), now)).toBe(false);
    expect(isUsageStale(new Date(now.getTime() - USAGE_RECORD_INTERVAL_MS), now)).toBe(true);
  });

  it('does not rewrite a time that lies ahead of the clock', () => {
    expect(isUsageStale(new Date(now.getTime() + 5_000), now)).toBe(false);
  });
});
