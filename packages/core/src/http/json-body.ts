import { MAX_JSON_DEPTH } from './limits';

export type JsonBody =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: 'empty' | 'invalid' | 'too_deep' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Parses a raw body as JSON whatever the Content-Type says. Invalid UTF-8, invalid JSON and
 * nesting deeper than MAX_JSON_DEPTH are refused; nothing here throws.
 */
export function parseJsonBody(body: Buffer): JsonBody {
  if (body.length === 0) return { ok: false, reason: 'empty' };
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  // Refuse deep nesting before JSON.parse sees it, so no input can cost a deep recursion.
  if (bracketDepth(text) > MAX_JSON_DEPTH) return { ok: false, reason: 'too_deep' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}

export type JsonObjectBody =
  | { readonly ok: true; readonly value: Record<string, unknown> }
  | { readonly ok: false; readonly reason: 'empty' | 'invalid' | 'too_deep' | 'not_object' };

/** `parseJsonBody`, then only a JSON object will do (an array, a scalar or `null` is `not_object`). */
export function parseJsonObject(body: Buffer): JsonObjectBody {
  const parsed = parseJsonBody(body);
  if (!parsed.ok) return parsed;
  return isJsonObject(parsed.value) ? { ok: true, value: parsed.value } : { ok: false, reason: 'not_object' };
}

/** The deepest nesting of `[`/`{` outside string literals. */
export function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** A plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property lookup that ignores the prototype chain (`__proto__`, `constructor`…). */
export function own(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

export function hasOwn(object: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}
