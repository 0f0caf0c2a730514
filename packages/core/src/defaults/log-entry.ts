/** Context keys whose values never reach a log line, whatever a caller passes by mistake. */
const SECRET_KEY = /password|passwd|secret|hash|token|authorization|cookie|api[-_]?key/i;
const MAX_DEPTH = 8;
/**
 * Secrets recognised by their shape inside any text (a database driver's error message may quote
 * the statement it ran): argon2 password hashes and hex SHA-256 digests (API key hashes).
 */
const SECRET_TEXT = [/\$argon2(?:id|i|d)\$[\w$=,+/.-]*/g, /(?<![0-9a-fA-F])[0-9a-fA-F]{64}(?![0-9a-fA-F])/g];

/** The text with every hash-shaped secret replaced by "[redacted]". */
export function redactSecretText(text: string): string {
  return SECRET_TEXT.reduce((result, pattern) => result.replace(pattern, '[redacted]'), text);
}

export type LogLevel = 'info' | 'warn' | 'error';

/**
 * One log entry as one line of JSON: `{"time","level","msg",...context}`. JSON escapes line
 * breaks, so an entry never spans two lines. Errors keep their name, message, code and stack;
 * cycles, bigints and over-deep values are written safely instead of throwing; values under
 * secret-looking keys, and hash-shaped text anywhere, are replaced by "[redacted]" (defence in
 * depth: callers pass no secrets).
 */
export function formatLogEntry(time: Date, level: LogLevel, message: string, context: Record<string, unknown> = {}): string {
  const fields = toPlain(context, 0, new WeakSet()) as Record<string, unknown>;
  return JSON.stringify({ ...fields, time: time.toISOString(), level, msg: redactSecretText(message) });
}

function toPlain(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactSecretText(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function' || typeof value === 'symbol') return String(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => toPlain(item, depth + 1, seen));
    const source = value instanceof Error ? errorFields(value) : (value as Record<string, unknown>);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(source)) {
      out[key] = SECRET_KEY.test(key) ? '[redacted]' : toPlain(item, depth + 1, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

function errorFields(error: Error): Record<string, unknown> {
  const { code, cause } = error as Error & { code?: unknown };
  return { name: error.name, message: error.message, code, stack: error.stack, cause };
}
