import fc from 'fast-check';
import { POLLUTION_KEYS } from './hostile-json';
import { hostileString, longString } from './hostile-text';

export type FuzzQuery = Record<string, string | string[]>;

/** Absurd values for a query parameter: hostile text, huge or negative numbers, long runs, repeats. */
export function hostileQueryValue(goodValues: readonly string[] = []): fc.Arbitrary<string | string[]> {
  const one = fc.oneof(
    { weight: 3, arbitrary: hostileString() },
    { weight: 2, arbitrary: goodValues.length > 0 ? fc.constantFrom(...goodValues) : fc.constant('1') },
    { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n })).map(String) },
    { weight: 1, arbitrary: fc.double().map(String) },
    { weight: 1, arbitrary: longString(16 * 1024) },
  );
  return fc.oneof({ weight: 4, arbitrary: one }, { weight: 1, arbitrary: fc.array(one, { minLength: 2, maxLength: 4 }) });
}

/** A decoded query (repeated keys as arrays), with the dialect's parameter names, pollution keys and noise. */
export function hostileQuery(names: readonly string[], goodValues: readonly string[] = []): fc.Arbitrary<FuzzQuery> {
  const name = fc.oneof(
    { weight: 4, arbitrary: names.length > 0 ? fc.constantFrom(...names) : fc.constant('q') },
    { weight: 1, arbitrary: fc.constantFrom(...POLLUTION_KEYS) },
    { weight: 1, arbitrary: hostileString({ maxLength: 10 }) },
  );
  return fc.array(fc.tuple(name, hostileQueryValue(goodValues)), { maxLength: 5 }).map((entries) => {
    const query: FuzzQuery = {};
    for (const [key, value] of entries) Object.defineProperty(query, key, { value, enumerable: true, writable: true, configurable: true });
    return query;
  });
}
