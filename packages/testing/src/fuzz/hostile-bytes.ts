import fc from 'fast-check';

/** Byte sequences that are not valid UTF-8 (RFC 3629): stray continuations, overlongs, surrogates, truncations. */
export const INVALID_UTF8: readonly Buffer[] = [
  [0x80],
  [0xbf],
  [0xc0, 0xaf],
  [0xe0, 0x80, 0xaf],
  [0xf0, 0x80, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf5, 0x80, 0x80, 0x80],
  [0xfe],
  [0xff],
  [0xc3],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
].map((bytes) => Buffer.from(bytes));

/** Text with invalid UTF-8 spliced in somewhere: inside a string literal, a key, or outside any. */
export function withInvalidUtf8(text: fc.Arbitrary<string>): fc.Arbitrary<Buffer> {
  return fc.tuple(text, fc.constantFrom(...INVALID_UTF8), fc.nat()).map(([source, bad, at]) => {
    const bytes = Buffer.from(source, 'utf8');
    const cut = bytes.length === 0 ? 0 : at % (bytes.length + 1);
    return Buffer.concat([bytes.subarray(0, cut), bad, bytes.subarray(cut)]);
  });
}

/** Raw bytes a JSON parser should refuse or survive: random, NUL-laden, other encodings of JSON, BOMs. */
export function hostileBytes(jsonText: fc.Arbitrary<string>): fc.Arbitrary<Buffer> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 256 }).map((bytes) => Buffer.from(bytes)),
    withInvalidUtf8(jsonText),
    jsonText.map((text) => Buffer.from(text.replace(/"/, '"\u0000'), 'utf8')),
    jsonText.map((text) => Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0])])),
    jsonText.map((text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])),
    jsonText.map((text) => Buffer.from(`\ufeff${text}`, 'utf16le')),
    jsonText.map((text) => Buffer.from(text, 'latin1')),
    fc
      .constantFrom('', ' ', '\n', '\u0000', 'null', '""', '[]', '1', 'true', '{', '}', '{"a":1', '{"a":1}}', "{'a':1}", '{a:1}')
      .map((text) => Buffer.from(text, 'utf8')),
  );
}
