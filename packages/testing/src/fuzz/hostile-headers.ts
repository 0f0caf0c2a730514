import fc from 'fast-check';
import { INVALID_UTF8 } from './hostile-bytes';
import { hostileString, longString } from './hostile-text';

/**
 * Hostile header values as a dialect sees them: adapters decode the raw bytes as UTF-8
 * (normalizeHeaders), so invalid bytes arrive as U+FFFD, and in-process nothing stops control
 * characters or values far over what Node's parser would let through (16 KiB).
 */

/** Raw header bytes (latin1 as Node reads them) with invalid UTF-8, decoded the way adapters do. */
function decodedInvalidUtf8(): fc.Arbitrary<string> {
  return fc
    .tuple(hostileString(), fc.constantFrom(...INVALID_UTF8))
    .map(([text, bad]) => Buffer.concat([Buffer.from(text, 'utf8'), bad]).toString('utf8'));
}

export function hostileHeaderValue(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: hostileString() },
    { weight: 1, arbitrary: longString(64 * 1024) },
    { weight: 1, arbitrary: decodedInvalidUtf8() },
    { weight: 1, arbitrary: fc.array(hostileString({ maxLength: 8 }), { minLength: 2, maxLength: 5 }).map((parts) => parts.join(', ')) },
  );
}

/** Extra headers: the dialect's own names (lower case) and some it never reads, with hostile values. */
export function hostileHeaders(
  names: readonly string[],
  value: fc.Arbitrary<string> = hostileHeaderValue(),
): fc.Arbitrary<Record<string, string>> {
  const name = fc.oneof(
    { weight: 4, arbitrary: names.length > 0 ? fc.constantFrom(...names) : fc.constant('x-any') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'content-type',
        'content-length',
        'transfer-encoding',
        'host',
        'x-forwarded-for',
        '__proto__',
        'constructor',
      ),
    },
  );
  return fc.array(fc.tuple(name, value), { maxLength: 5 }).map((entries) => {
    // Built key by key so that a header named `__proto__` is an own property, as a parsed map would have it.
    const headers: Record<string, string> = {};
    for (const [key, text] of entries)
      Object.defineProperty(headers, key, { value: text, enumerable: true, writable: true, configurable: true });
    return headers;
  });
}
