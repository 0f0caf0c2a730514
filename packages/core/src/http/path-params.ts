/**
 * A path segment naming a user by its integer id: decimal digits (leading zeros allowed, as a SQL
 * lookup of "007" finds 7) of a positive safe integer. Anything else names no user: null.
 */
export function positiveIntegerParam(raw: string | undefined): number | null {
  if (raw === undefined || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
