import type { Logger } from '../ports';

/** Discards every entry (tests, or a host that logs elsewhere). */
export class SilentLogger implements Logger {
  info(_message: string, _context?: Record<string, unknown>): void {}
  warn(_message: string, _context?: Record<string, unknown>): void {}
  error(_message: string, _context?: Record<string, unknown>): void {}
}
