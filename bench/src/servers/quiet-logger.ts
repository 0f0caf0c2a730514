import type { Logger } from '@roster/core';

/** Roster's logger in the benchmarks: errors to stderr (they mean a broken run), the rest dropped. */
export const quietLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: (message, context) => process.stderr.write(`${JSON.stringify({ level: 'error', message, ...context })}\n`),
};
