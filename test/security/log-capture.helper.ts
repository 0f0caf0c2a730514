import { createHash } from 'node:crypto';
import { ConsoleLogger } from '@roster/core';

/** A ConsoleLogger (the default) whose lines are kept, with the host's request log lines. */
export function capturedLogs(): { logger: ConsoleLogger; lines: string[]; requestLog: (line: string) => void } {
  const lines: string[] = [];
  const sink = { write: (line: string) => lines.push(line) };
  return { logger: new ConsoleLogger({ stdout: sink, stderr: sink }), lines, requestLog: (line) => lines.push(line) };
}

/** What must never appear in a log line: each secret as sent, each key's stored hash, any argon2 hash. */
export function leakedSecrets(lines: readonly string[], secrets: readonly string[]): string[] {
  const text = lines.join('\n');
  const forbidden = [...secrets, ...secrets.map((secret) => createHash('sha256').update(secret, 'utf8').digest('hex'))];
  const leaks = forbidden.filter((secret) => text.includes(secret) || text.includes(JSON.stringify(secret).slice(1, -1)));
  if (/\$argon2(id|i|d)\$/.test(text)) leaks.push('an argon2 hash');
  return leaks;
}
