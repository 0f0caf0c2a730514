import { parseJsonObject } from '../../../json-body';

/**
 * The body as a JSON object, whatever the Content-Type. An empty body is no input (`{}`), as in
 * Laravel; anything else that is not a JSON object (invalid JSON or UTF-8, an array, a scalar,
 * nesting deeper than 64 levels) → null, answered with the spec's 422.
 */
export function readJsonObject(body: Buffer): Readonly<Record<string, unknown>> | null {
  const parsed = parseJsonObject(body);
  if (parsed.ok) return parsed.value;
  return parsed.reason === 'empty' ? {} : null;
}
