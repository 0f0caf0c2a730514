import { isJsonObject, parseJsonBody } from '../../../json-body';

/**
 * The body as a JSON object, whatever the Content-Type. An empty body is no input (`{}`), as in
 * Laravel; anything else that is not a JSON object (invalid JSON or UTF-8, an array, a scalar,
 * nesting deeper than 64 levels) → null, answered with the spec's 422.
 */
export function readJsonObject(body: Buffer): Readonly<Record<string, unknown>> | null {
  const parsed = parseJsonBody(body);
  if (!parsed.ok) return parsed.reason === 'empty' ? {} : null;
  return isJsonObject(parsed.value) ? parsed.value : null;
}

/**
 * `{user_id}`: decimal digits naming a positive safe integer (leading zeros allowed, as a SQL
 * lookup of "007" finds 7); anything else names no user → null.
 */
export function parseUserId(raw: string | undefined): number | null {
  if (raw === undefined || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
