/**
 * A deep copy of a stored record (dates, arrays and nested objects included), so that what a
 * caller holds and what the store holds never share a mutable part.
 */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
