import { ConsoleLogger, type Logger } from '@roster/core';

const NOWHERE = { write: () => true };

/**
 * The logger for a host under test: drops `info` (the default mailer's one line per mail sent,
 * which would bury jest's report in JSON lines on stdout) and writes `warn` and `error` to
 * stderr as the default logger does, so what explains a failure still shows.
 */
export function quietHostLogger(): Logger {
  return new ConsoleLogger({ stdout: NOWHERE });
}
