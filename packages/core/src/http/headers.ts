/**
 * Node decodes header values as latin1; clients send UTF-8 (docs/dialects/common.md: header values are
 * read as UTF-8 bytes). Adapters pass Node's raw header map here to get the neutral one:
 * lower-case names, UTF-8 values, repeated headers joined with ", ".
 */
export function normalizeHeaders(raw: Readonly<Record<string, string | readonly string[] | undefined>>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const joined = typeof value === 'string' ? value : value.join(', ');
    headers[name.toLowerCase()] = Buffer.from(joined, 'latin1').toString('utf8');
  }
  return headers;
}

/** `Bearer <token>` → the token; anything else → null. */
export function bearerToken(headers: Readonly<Record<string, string>>): string | null {
  const value = headers['authorization'];
  if (value === undefined) return null;
  const match = /^Bearer +(\S+)$/i.exec(value);
  return match?.[1] ?? null;
}
