/**
 * The few PHP value semantics Laravel's validator leans on, for values as PHP's json_decode
 * would have produced them from the same body.
 */

/** PHP 8 whitespace around numeric strings: space, \t, \n, \r, \v, \f. */
const WS = '[ \\t\\n\\r\\v\\f]*';
/**
 * PHP 8's numeric-string grammar (Zend/zend_operators.c): optional whitespace, optional sign,
 * LNUM (`12`), DNUM (`1.`, `.5`, `1.5`), each with an optional exponent (`1e5`, `.5E-3`), then
 * optional whitespace (trailing whitespace is allowed since PHP 8.0). No hex, octal, `_`, INF or NAN.
 */
const NUMERIC_STRING = new RegExp(`^${WS}[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?${WS}$`);

/** PHP's `is_numeric`: numbers (ints and floats), and strings of the grammar above. */
export function isPhpNumeric(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && NUMERIC_STRING.test(value);
}

const INT64_LIMIT = 2 ** 63;

/**
 * `(string) $number` in PHP 8: integers as written; floats with `precision` = 14 significant
 * digits (`%.14G`: `1.5`, `0.0001`, `1.0E+25`, `1.0E-5`). A JSON number without a fraction or
 * exponent that fits in 64 bits is a PHP int; JSON.parse cannot tell `1e3` from `1000`, so an
 * integral number is read as the int literal (the two differ only in exotic cases).
 */
export function phpNumberString(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < INT64_LIMIT) return BigInt(value).toString();
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NAN' : value > 0 ? 'INF' : '-INF';
  const [mantissa = '', exp = '0'] = value.toExponential(13).split('e');
  const exponent = Number(exp);
  const sign = value < 0 ? '-' : '';
  const digits = mantissa.replace(/[-.]/g, '').replace(/0+$/, '') || '0';
  if (exponent < -4 || exponent >= 14) {
    const fraction = digits.length > 1 ? digits.slice(1) : '0';
    return `${sign}${digits[0]}.${fraction}E${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return `${sign}${digits.padEnd(exponent + 1, '0')}`;
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}

/**
 * Laravel's `getSize` for an attribute without a numeric rule: the element count of an array
 * (a JSON array or object, both PHP arrays), else `mb_strlen` of the value as a PHP string
 * (code points: a multibyte character counts once; `true` is "1", `false` and null are "").
 */
export function laravelSize(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length;
  if (typeof value === 'string') return Array.from(value).length;
  if (typeof value === 'number') return phpNumberString(value).length;
  return value === true ? 1 : 0;
}
