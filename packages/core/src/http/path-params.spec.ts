import { positiveIntegerParam } from './path-params';

describe('positiveIntegerParam', () => {
  it('reads decimal digits naming a positive safe integer', () => {
    expect(positiveIntegerParam('42')).toBe(42);
    expect(positiveIntegerParam('007')).toBe(7);
    expect(positiveIntegerParam(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('names no user with anything else', () => {
    for (const raw of [undefined, '', '0', '000', '-1', '+1', '1.0', '1e3', ' 1', '0x1f', 'abc', '9007199254740993']) {
      expect([raw, positiveIntegerParam(raw)]).toEqual([raw, null]);
    }
  });
});
