/** Where the SQL driver's own warnings and errors go (knex prints them with `console.log` by default). */
export interface DriverLogSink {
  warn(message: string): void;
  error(message: string): void;
}

/** knex's `log` option: one function per level. */
export interface KnexLogOptions {
  warn(message: unknown): void;
  error(message: unknown): void;
  deprecate(method: unknown, alternative: unknown): void;
  debug(message: unknown): void;
}

/**
 * knex warns `Connection Error: …` when its pool finds a connection the server ended (a restart,
 * `pg_terminate_backend`, an idle timeout) and discards it, or fails to close one after a
 * cancel. The pool replaces the connection by itself, and a query that was using it rejects on
 * its own (Roster answers that as STORE_UNAVAILABLE and logs it), so the warning is only noise.
 */
const DISCARDED_CONNECTION = 'Connection Error: ';

const consoleSink: DriverLogSink = {
  warn: (message) => console.warn(message),
  error: (message) => console.error(message),
};

function text(message: unknown): string {
  return typeof message === 'string' ? message : String((message as { message?: unknown } | null)?.message ?? message);
}

/**
 * The `log` Roster gives knex: the discarded-connection warning is dropped, every other warning
 * and error is passed on (prefixed `knex:`), and query debugging stays MikroORM's (`debug`).
 */
export function driverLog(sink: DriverLogSink = consoleSink): KnexLogOptions {
  return {
    warn: (message) => {
      const line = text(message);
      if (!line.startsWith(DISCARDED_CONNECTION)) sink.warn(`knex: ${line}`);
    },
    error: (message) => sink.error(`knex: ${text(message)}`),
    deprecate: (method, alternative) => sink.warn(`knex: ${String(method)} is deprecated, use ${String(alternative)}`),
    debug: () => undefined,
  };
}
