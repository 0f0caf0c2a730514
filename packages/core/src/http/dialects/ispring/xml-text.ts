/** Characters XML 1.0 does not allow at all (lone surrogates included, thanks to the `u` flag). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const SPECIAL = /[&<>\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/**
 * Element text as XML: `&`, `<`, `>` escaped (so `]]>` cannot appear), a carriage return as
 * `&#13;` (a parser would otherwise turn CR LF into LF), and characters XML cannot carry at all
 * (control characters, lone surrogates) replaced by U+FFFD, so the document is always well formed.
 */
export function escapeXmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, '\uFFFD').replace(SPECIAL, (c) => ESCAPES[c] ?? c);
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g;

/**
 * Decodes the five predefined entities and character references of parsed text (the parser
 * runs with `processEntities: false`). Any other reference (`&foo;`, `&#0;`) makes the text
 * invalid: null. Bare `&` never reaches here: the validator refuses it.
 */
export function decodeXmlText(raw: string): string | null {
  let invalid = false;
  const decoded = raw.replace(REFERENCE, (_match, name: string) => {
    const value = referenceValue(name);
    if (value === null) invalid = true;
    return value ?? '';
  });
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the replace callback sets it; TypeScript's narrowing does not see that
  return invalid || raw.replace(REFERENCE, '').includes('&') ? null : decoded;
}

function referenceValue(name: string): string | null {
  if (!name.startsWith('#')) return Object.hasOwn(PREDEFINED, name) ? (PREDEFINED[name] ?? null) : null;
  const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  if (!Number.isSafeInteger(code) || code > 0x10ffff) return null;
  const char = String.fromCodePoint(code);
  return isXmlText(char) ? char : null;
}

/** Whether every character of `value` may appear in an XML document. */
export function isXmlText(value: string): boolean {
  return value.replace(NOT_XML_CHAR, '') === value;
}
