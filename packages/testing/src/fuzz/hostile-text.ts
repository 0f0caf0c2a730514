import fc from 'fast-check';

/**
 * Hostile strings: what a client can put in any text slot of a request (a JSON string, a header
 * value once decoded, a query value, a path segment once decoded).
 */

/** Characters that break naive code: NUL and other controls, line breaks, quotes, markup, lone surrogates. */
const NASTY_CHARACTERS = [
  '\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\r', '\u000b', '\u000c', '\u001b', '\u007f',
  '"', "'", '\\', '<', '>', '&', '%', '$', '{', '}', '[', ']', ',', ';', '/', '?', '#', '*', '`',
  '\u00a0', '\u00ad', '\u200b', '\u200e', '\u202e', '\u2028', '\u2029', '\ufeff', '\ufffd', '\uffff',
  '\ud800', '\udfff', 'é', 'ß', 'İ', 'ﬀ', 'Ω', '日本', '😀', '👩‍👩‍👧', 'e\u0301',
];

/** Whole strings that have broken parsers, converters and databases before. */
export const NASTY_STRINGS: readonly string[] = [
  '', ' ', '   ', '\u0000', 'a\u0000b', '\r\n', '%00', '%', '%zz', '%E0%A4%A', '%2F', '..', '../..', '/', '//',
  'null', 'undefined', 'NaN', 'Infinity', '-Infinity', 'true', 'false', '[]', '{}',
  '0', '-0', '-1', '1.5', '1e3', '1e309', '-1e309', '0x10', '0b1', '0o7', '00001', ' 1', '1 ', '+1', '1_000',
  '9007199254740993', '99999999999999999999999999', '2147483648', '-2147483649',
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf',
  "' OR '1'='1", "'; DROP TABLE roster_users; --", '" OR ""="', '{"$ne":null}', '{"$gt":""}',
  '<script>alert(1)</script>', '<b>&amp;</b>', ']]>', '<![CDATA[x]]>', '&lt;', '&#0;', '&#x0;',
  '${jndi:ldap://127.0.0.1/a}', '{{7*7}}', '%s%s%s%n', 'a'.repeat(256), 'é'.repeat(256), '😀'.repeat(300),
  'user@example.com', 'USER@EXAMPLE.COM', ' user@example.com ', 'user@localhost', '@', 'a@b', 'a@b.c',
  'a@-b.com', 'a..b@example.com', '"a b"@example.com', 'a@[127.0.0.1]', 'ü@例え.jp', 'x@x.x'.padStart(300, 'x'),
];

/** One hostile character or a short run of them. */
export const nastyCharacter = (): fc.Arbitrary<string> => fc.constantFrom(...NASTY_CHARACTERS);

/** Any of: a nasty constant, random text over all of Unicode (lone surrogates included), or a mix. */
export function hostileString(options: { readonly maxLength?: number } = {}): fc.Arbitrary<string> {
  const maxLength = options.maxLength ?? 40;
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: fc.string({ maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 2, arbitrary: fc.array(nastyCharacter(), { maxLength: 8 }).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 8 }), nastyCharacter(), fc.string({ maxLength: 8 })).map((parts) => parts.join('')) },
  );
}

/** A long string (up to `maxLength`, default 64 Ki characters) of one repeated hostile unit. */
export function longString(maxLength = 64 * 1024): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('a', '9', ' ', '\u0000', 'é', '😀', '<', '%', ','), fc.integer({ min: 256, max: maxLength }))
    .map(([unit, length]) => unit.repeat(Math.max(1, Math.floor(length / unit.length))));
}
