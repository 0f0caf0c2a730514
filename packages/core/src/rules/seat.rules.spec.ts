import { isSeatLimitReached } from './seat.rules';

describe('isSeatLimitReached', () => {
  it.each([
    [0, null, false],
    [1_000_000, null, false],
    [0, 0, true],
    [4, 5, false],
    [5, 5, true],
    [6, 5, true],
  ] as const)('%i taken of %s: %s', (taken, limit, expected) => {
    expect(isSeatLimitReached(taken, limit)).toBe(expected);
  });
});
