import type { Clock, Logger } from '../ports';
import { formatLogEntry, type LogLevel } from './log-entry';
import { SystemClock } from './system-clock';

/** Where lines go; `process.stdout`/`process.stderr` by default. */
export interface LineSink {
  write(line: string): unknown;
}

export interface ConsoleLoggerOptions {
  readonly stdout?: LineSink;
  readonly stderr?: LineSink;
  readonly clock?: Clock;
}

/** One JSON line per entry: `info` to stdout, `warn` and `error` to stderr. */
export class ConsoleLogger implements Logger {
  private readonly stdout: LineSink;
  private readonly stderr: LineSink;
  private readonly clock: Clock;

  constructor(options: ConsoleLoggerOptions = {}) {
    this.stdout = options.stdout ?? process.stdout;
    this.stderr = options.stderr ?? process.stderr;
    this.clock = options.clock ?? new SystemClock();
  }

  info(message: string, context?: Record<string, unknown>): void {
    this.write(this.stdout, 'info', message, context);
  }

  warn(message: string, context?: Record<string, unknown>): void {
    this.write(this.stderr, 'warn', message, context);
  }

  error(message: string, context?: Record<string, unknown>): void {
    this.write(this.stderr, 'error', message, context);
  }

  private write(sink: LineSink, level: LogLevel, message: string, context?: Record<string, unknown>): void {
    sink.write(`${formatLogEntry(this.clock.now(), level, message, context)}\n`);
  }
}
