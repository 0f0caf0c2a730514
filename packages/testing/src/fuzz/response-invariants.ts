import type { RosterResponse } from '@roster/core/http';

/** What every answer of a dialect must satisfy, whatever was sent. */
export interface ResponseRules {
  /** Every status the dialect may answer; a 5xx counts only if listed here (the spec lists it). */
  readonly statuses: readonly number[];
  /** Strings no answer may contain: passwords, API key secrets, hash prefixes. */
  readonly secrets: readonly string[];
  /** The dialect's own shape checks (Content-Type, body format); returns what is wrong. */
  readonly wellFormed?: (response: RosterResponse) => readonly string[];
}

/** Traces of an exception leaking into an answer: stack frames, file positions, error class names. */
const LEAK_PATTERNS: readonly RegExp[] = [
  /\n\s*at \S/,
  /\bat [^\n]*\.(?:[cm]?js|ts):\d+/,
  /node_modules/,
  /\b[A-Z]\w*Error\b/,
  /\bError: /,
  /\[object Object\]/,
  /"stack"\s*:/,
];

/** Anything that looks like a password hash, whatever hasher made it. */
const HASH_PATTERNS: readonly RegExp[] = [/\$argon2(?:id|i|d)\$/, /\$2[aby]\$\d\d\$/, /\$scrypt\$/, /passwordHash|password_hash/i];

/** Characters Node refuses (or mangles) in a header value: controls but tab, and anything past latin1. */
const BAD_HEADER_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function bodyText(response: RosterResponse): string {
  return typeof response.body === 'string' ? response.body : Buffer.from(response.body).toString('utf8');
}

/** Every rule the answer breaks, as readable lines (empty when it is fine). */
export function responseViolations(response: RosterResponse, rules: ResponseRules): string[] {
  const problems: string[] = [];
  const { status } = response;
  if (!Number.isInteger(status) || status < 100 || status > 599) problems.push(`status ${status} is not an HTTP status`);
  else if (!rules.statuses.includes(status))
    problems.push(`status ${status} is not one the dialect may answer (${rules.statuses.join(', ')})`);
  if (typeof response.body !== 'string' && !Buffer.isBuffer(response.body)) problems.push('body is neither a string nor a Buffer');
  const text = bodyText(response);
  const headerText = Object.entries(response.headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
  for (const pattern of LEAK_PATTERNS)
    if (pattern.test(text) || pattern.test(headerText)) problems.push(`leaks exception details (${pattern})`);
  for (const pattern of HASH_PATTERNS)
    if (pattern.test(text) || pattern.test(headerText)) problems.push(`shows a password hash (${pattern})`);
  for (const secret of rules.secrets)
    if (text.includes(secret) || headerText.includes(secret)) problems.push('shows a secret (a password or a key)');
  for (const [name, value] of Object.entries(response.headers)) {
    if (!TOKEN.test(name)) problems.push(`header name ${JSON.stringify(name)} is not a token`);
    if (typeof value !== 'string' || BAD_HEADER_VALUE.test(value))
      problems.push(`header ${name} has a value Node cannot send: ${JSON.stringify(value)}`);
  }
  if (rules.wellFormed) problems.push(...rules.wellFormed(response));
  return problems;
}

/** The usual shape check of a JSON dialect: Content-Type and a body that parses to an object. */
export function jsonObjectProblems(
  response: RosterResponse,
  contentType: string,
): { problems: string[]; value: Record<string, unknown> | null } {
  const problems: string[] = [];
  if (response.headers['Content-Type'] !== contentType)
    problems.push(`Content-Type ${String(response.headers['Content-Type'])}, not ${contentType}`);
  let value: unknown;
  try {
    value = JSON.parse(bodyText(response));
  } catch {
    problems.push('body is not JSON');
    return { problems, value: null };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push('body is not a JSON object');
    return { problems, value: null };
  }
  return { problems, value: value as Record<string, unknown> };
}
