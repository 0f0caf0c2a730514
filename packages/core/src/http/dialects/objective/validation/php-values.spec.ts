import { isPhpNumeric, laravelSize, phpNumberString } from './php-values';

describe('isPhpNumeric (PHP 8 is_numeric)', () => {
  it.each([
    ['integer', 42],
    ['negative float', -1.5],
    ['zero', 0],
    ['digits', '123'],
    ['signed', '+7'],
    ['negative', '-7'],
    ['decimal', '12.50'],
    ['trailing dot', '1.'],
    ['leading dot', '.5'],
    ['exponent', '1e5'],
    ['upper exponent with sign', '2.5E-3'],
    ['dot then exponent', '1.e3'],
    ['leading whitespace', ' \t\n\r\v\f12'],
    ['trailing whitespace (PHP 8)', '12 \n'],
    ['leading zeros', '007'],
    ['overflowing exponent (still numeric to PHP)', '1e999'],
  ])('accepts %s', (_name, value) => {
    expect(isPhpNumeric(value)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['whitespace only', '  '],
    ['letters', 'abc'],
    ['digits then letters', '12abc'],
    ['hex', '0x1A'],
    ['binary', '0b11'],
    ['underscore separator', '1_000'],
    ['lone dot', '.'],
    ['lone sign', '-'],
    ['exponent without digits', '1e'],
    ['exponent without mantissa', 'e5'],
    ['dot exponent', '.e5'],
    ['two dots', '1.2.3'],
    ['inner space', '1 2'],
    ['double sign', '--1'],
    ['INF', 'INF'],
    ['NAN', 'NAN'],
    ['non-breaking space (not PHP whitespace)', '\u00a012'],
    ['true', true],
    ['false', false],
    ['null', null],
    ['array', [1]],
    ['object', { a: 1 }],
  ])('refuses %s', (_name, value) => {
    expect(isPhpNumeric(value)).toBe(false);
  });
});

describe('phpNumberString ((string) $number, precision 14)', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [42, '42'],
    [-42, '-42'],
    [1.5, '1.5'],
    [0.1 + 0.2, '0.3'],
    [0.0001, '0.0001'],
    [0.00001, '1.0E-5'],
    // eslint-disable-next-line no-loss-of-precision -- the literal PHP is given; its rounding is what is tested
    [123456789.123456789, '123456789.12346'],
    [1e25, '1.0E+25'],
    [1.5e300, '1.5E+300'],
    [-2.5e-7, '-2.5E-7'],
    // eslint-disable-next-line no-loss-of-precision -- the literal PHP is given; its rounding is what is tested
    [12345678901234567890, '1.2345678901235E+19'],
    [9007199254740991, '9007199254740991'],
  ])('%p → %s', (value, expected) => {
    expect(phpNumberString(value)).toBe(expected);
  });
});

describe('laravelSize (getSize without a numeric rule)', () => {
  it('counts code points of strings, not UTF-16 units', () => {
    expect(laravelSize('abc')).toBe(3);
    expect(laravelSize('é')).toBe(1);
    expect(laravelSize('😀😀')).toBe(2);
  });

  it('counts elements of arrays and keys of objects', () => {
    expect(laravelSize([1, 2, 3])).toBe(3);
    expect(laravelSize({ a: 1, b: 2 })).toBe(2);
  });

  it('measures scalars as PHP strings', () => {
    expect(laravelSize(12345678)).toBe(8);
    expect(laravelSize(1.5)).toBe(3);
    expect(laravelSize(1e25)).toBe(7);
    expect(laravelSize(true)).toBe(1);
    expect(laravelSize(false)).toBe(0);
  });
});
