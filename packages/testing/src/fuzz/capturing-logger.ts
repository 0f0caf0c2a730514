import type { Logger } from '@roster/core';

export interface LogEntry {
  readonly level: 'info' | 'warn' | 'error';
  readonly message: string;
  readonly context?: Record<string, unknown>;
}

/** A Logger that keeps what it is told, so a test can read it back. */
export function capturingLogger(): { readonly logger: Logger; readonly entries: readonly LogEntry[]; clear(): void } {
  const entries: LogEntry[] = [];
  const keep = (level: LogEntry['level']) => (message: string, context?: Record<string, unknown>) => {
    entries.push(context === undefined ? { level, message } : { level, message, context });
  };
  return {
    logger: { info: keep('info'), warn: keep('warn'), error: keep('error') },
    entries,
    clear: () => {
      entries.length = 0;
    },
  };
}

const HASH = /\$argon2(?:id|i|d)\$|\$2[aby]\$\d\d\$|\$scrypt\$/;

/**
 * A logged error means a request failed unexpectedly (the dialect logs only INTERNAL and
 * STORE_UNAVAILABLE); and no log line may hold a secret or a hash.
 */
export function logViolations(entries: readonly LogEntry[], secrets: readonly string[]): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    let text: string;
    try {
      text = JSON.stringify(entry);
    } catch {
      text = entry.message;
    }
    if (entry.level === 'error') problems.push(`logged an error: ${text.slice(0, 500)}`);
    if (HASH.test(text)) problems.push('logged a password hash');
    if (secrets.some((secret) => text.includes(secret))) problems.push('logged a secret (a password or a key)');
  }
  return problems;
}
