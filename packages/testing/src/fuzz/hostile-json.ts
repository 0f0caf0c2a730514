import fc from 'fast-check';
import { hostileString, longString } from './hostile-text';

/**
 * Hostile JSON, built as raw text rather than through JSON.stringify, so that it can hold what a
 * serialiser never writes but a parser accepts: duplicate keys, `__proto__` as an own key,
 * `1e999`, lone-surrogate escapes.
 */

/** Keys that reach the prototype chain, or shadow what code calls on an object. */
export const POLLUTION_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'then'];

const quoted = (text: string): string => JSON.stringify(text);

/** A JSON value of the wrong kind for almost any field, as raw text. */
export function hostileJsonScalar(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(
      'null',
      'true',
      'false',
      '0',
      '-0',
      '1',
      '-1',
      '1.5',
      '1e999',
      '-1e999',
      '1e-999',
      '123456789012345678901234567890',
      '9007199254740993',
      '[]',
      '{}',
      '[null]',
      '[[]]',
      '{"$ne":null}',
      '{"$gt":""}',
      '{"__proto__":{"polluted":true}}',
      '"\\u0000"',
      '"\\ud800"',
      '"\\udfff\\ud800"',
      '"\\u202e"',
      '""',
      '" "',
      '[1,"a",null,{}]',
    ),
    hostileString().map(quoted),
    fc.integer().map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
    longString(4096).map(quoted),
  );
}

/** A shallow JSON value (scalars, or an array / object of them), as raw text. */
export function hostileJsonValue(): fc.Arbitrary<string> {
  const scalar = hostileJsonScalar();
  return fc.oneof(
    { weight: 4, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(scalar, { maxLength: 4 }).map((items) => `[${items.join(',')}]`) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(fc.oneof(hostileString(), fc.constantFrom(...POLLUTION_KEYS)), scalar), { maxLength: 3 })
        .map(objectText),
    },
  );
}

function objectText(entries: readonly (readonly [string, string])[]): string {
  return `{${entries.map(([key, value]) => `${quoted(key)}:${value}`).join(',')}}`;
}

/**
 * A JSON object whose keys are mostly the dialect's own field names (so validation gets past
 * the first check), with pollution keys, random keys and duplicates mixed in.
 */
export function jsonObjectText(fields: readonly string[], value: fc.Arbitrary<string> = hostileJsonValue()): fc.Arbitrary<string> {
  const known = fields.length > 0 ? fc.constantFrom(...fields) : fc.constant('field');
  const key = fc.oneof(
    { weight: 6, arbitrary: known },
    { weight: 1, arbitrary: fc.constantFrom(...POLLUTION_KEYS) },
    { weight: 1, arbitrary: hostileString() },
  );
  return fc.array(fc.tuple(key, value), { maxLength: 8 }).map(objectText);
}

/**
 * A plausible object: each of the dialect's fields present or not (the `required` ones almost
 * always), mostly with a value that fits it (so requests get past validation and really write),
 * sometimes with a hostile one.
 */
export function plausibleObject(
  fields: Readonly<Record<string, fc.Arbitrary<string>>>,
  required: readonly string[] = [],
): fc.Arbitrary<string> {
  const entries = Object.entries(fields).map(([key, good]) =>
    fc
      .option(fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: hostileJsonValue() }), {
        nil: undefined,
        freq: required.includes(key) ? 12 : 2,
      })
      .map((value) => (value === undefined ? null : ([key, value] as const))),
  );
  return fc.tuple(...entries).map((list) => objectText(list.filter((entry): entry is readonly [string, string] => entry !== null)));
}

/** Nesting around and far beyond the 64-level limit (docs/dialects/common.md), of arrays, objects or both. */
export function deepJson(): fc.Arbitrary<string> {
  const depth = fc.oneof(fc.constantFrom(63, 64, 65, 66, 100, 1000, 20_000), fc.integer({ min: 1, max: 300 }));
  return fc.tuple(depth, fc.constantFrom('array', 'object', 'mixed', 'unclosed', 'in-field')).map(([n, shape]) => {
    switch (shape) {
      case 'array':
        return `${'['.repeat(n)}1${']'.repeat(n)}`;
      case 'object':
        return `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
      case 'mixed':
        return `${'{"a":['.repeat(n)}1${']}'.repeat(n)}`;
      case 'unclosed':
        return '['.repeat(n);
      default:
        return `{"email":"deep@example.com","name":${'['.repeat(n)}"x"${']'.repeat(n)}}`;
    }
  });
}

/** Large but under the body limit: wide arrays, many keys, long strings (tens to hundreds of KiB). */
export function hugeJson(fields: readonly string[]): fc.Arbitrary<string> {
  const field = fields[0] ?? 'field';
  return fc.oneof(
    fc.integer({ min: 1000, max: 50_000 }).map((n) => `[${'0,'.repeat(n)}0]`),
    fc.integer({ min: 500, max: 3000 }).map((n) => objectText(Array.from({ length: n }, (_, i) => [`k${i}`, 'null'] as const))),
    longString(256 * 1024).map((text) => objectText([[field, quoted(text)]])),
    fc.integer({ min: 500, max: 5000 }).map((n) => `{${`${quoted(field)}:"x",`.repeat(n)}${quoted(field)}:"y"}`),
  );
}
