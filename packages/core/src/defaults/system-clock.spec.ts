import { SystemClock } from './system-clock';

describe('SystemClock', () => {
  it('tells the current time, as a fresh Date each call', () => {
    const clock = new SystemClock();
    const before = Date.now();
    const first = clock.now();
    const second = clock.now();
    const after = Date.now();
    expect(first.getTime()).toBeGreaterThanOrEqual(before);
    expect(second.getTime()).toBeLessThanOrEqual(after);
    expect(second).not.toBe(first);
  });
});
