/**
 * What Laravel's default global middleware do to the input before validation sees it:
 * `TrimStrings` (not for passwords) and then `ConvertEmptyStringsToNull`. Only top-level
 * fields matter here: nested values fail the rules whatever their strings contain.
 */

/** Laravel 11's `Str::trim`: Unicode whitespace (PCRE `\s` with `/u`), U+FEFF, U+200B, U+200E and NUL. */
const EDGES = /^[\s\u200B\u200E\0]+|[\s\u200B\u200E\0]+$/g;

/** `TrimStrings::$neverTrim`. */
const NEVER_TRIM: ReadonlySet<string> = new Set(['current_password', 'password', 'password_confirmation']);

export type LaravelInput = ReadonlyMap<string, unknown>;

/**
 * The request's fields after the middleware, as own properties only. A field whose value ends
 * up null (sent as null, `""`, or only whitespace) is left out: the spec counts it as absent.
 */
export function laravelInput(body: Readonly<Record<string, unknown>>): LaravelInput {
  const input = new Map<string, unknown>();
  for (const [key, raw] of Object.entries(body)) {
    const trimmed = typeof raw === 'string' && !NEVER_TRIM.has(key) ? raw.replace(EDGES, '') : raw;
    if (trimmed !== null && trimmed !== '') input.set(key, trimmed);
  }
  return input;
}
