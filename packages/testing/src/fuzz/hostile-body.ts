import fc from 'fast-check';
import { hostileBytes } from './hostile-bytes';
import { deepJson, hostileJsonValue, hugeJson, jsonObjectText, POLLUTION_KEYS } from './hostile-json';

/** What the adapter hands a dialect as the body: the bytes, or the flag that they were over the limit. */
export interface FuzzBody {
  readonly body: Buffer;
  /** The adapter read more than 1 MiB and kept nothing (the dialect must answer its 413). */
  readonly bodyTooLarge: boolean;
}

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

/**
 * Prototype pollution attempts wrapped around otherwise plausible fields: `__proto__` and
 * `constructor.prototype` carrying privileges, plus a duplicate key that a naive merge would let win.
 */
function pollution(objects: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(objects, fc.constantFrom(...POLLUTION_KEYS)).map(([object, key]) => {
    const inner = object.slice(1, -1);
    const attack = `"${key}":{"role":"owner","isAdmin":true,"permissions":["user:manage"],"prototype":{"polluted":true}}`;
    return `{${[attack, inner].filter((part) => part !== '').join(',')}}`;
  });
}

export interface HostileBodyOptions {
  /** The dialect's body field names (the keys a plausible body has). */
  readonly fields: readonly string[];
  /** Raw JSON texts for field values that the dialect would accept (so the fuzz reaches past validation). */
  readonly goodValues?: fc.Arbitrary<string>;
  /** Raw JSON objects that fit the dialect (see plausibleObject); the most frequent kind of body when given. */
  readonly plausible?: fc.Arbitrary<string>;
}

/**
 * Any body a client can send: plausible objects with hostile values, pollution keys, non-objects,
 * deep and huge JSON, invalid UTF-8 and NUL bytes, and (rarely) a body over the size limit.
 */
export function hostileBody(options: HostileBodyOptions): fc.Arbitrary<FuzzBody> {
  const value = options.goodValues
    ? fc.oneof({ weight: 3, arbitrary: options.goodValues }, { weight: 2, arbitrary: hostileJsonValue() })
    : hostileJsonValue();
  const random = jsonObjectText(options.fields, value);
  const plausible = options.plausible ? fc.oneof({ weight: 4, arbitrary: options.plausible }, { weight: 1, arbitrary: random }) : random;
  const text = fc.oneof(
    { weight: 12, arbitrary: plausible },
    { weight: 2, arbitrary: pollution(plausible) },
    { weight: 2, arbitrary: hostileJsonValue() },
    { weight: 1, arbitrary: deepJson() },
    { weight: 1, arbitrary: hugeJson(options.fields) },
  );
  return fc.oneof(
    { weight: 12, arbitrary: text.map((json) => ({ body: bytes(json), bodyTooLarge: false })) },
    { weight: 3, arbitrary: hostileBytes(plausible).map((body) => ({ body, bodyTooLarge: false })) },
    { weight: 1, arbitrary: fc.constant({ body: Buffer.alloc(0), bodyTooLarge: false }) },
    { weight: 1, arbitrary: fc.constant({ body: Buffer.alloc(0), bodyTooLarge: true }) },
  );
}
