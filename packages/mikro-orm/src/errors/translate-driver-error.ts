import {
  ConnectionException,
  DeadlockException,
  LockWaitTimeoutException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { RosterError, validationError } from '@roster/core';

/** Decides which RosterError a unique violation means for the operation at hand. */
export type UniqueViolationHandler = (violation: UniqueConstraintViolationException) => RosterError;

/** Node and driver error codes that mean the database cannot be reached or the link broke. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ER_GET_CONNECTION_TIMEOUT',
  'ER_CONNECTION_TIMEOUT',
  'ER_SOCKET_UNEXPECTED_CLOSE',
  'ER_CONNECTION_ALREADY_CLOSED',
  'ER_CON_COUNT_ERROR',
  'PROTOCOL_CONNECTION_LOST',
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

/** SQLSTATEs / MySQL codes of a value the column cannot hold (too long, out of range). */
const BAD_VALUE_CODES = new Set(['22001', '22003', 'ER_DATA_TOO_LONG', 'ER_WARN_DATA_OUT_OF_RANGE']);

/**
 * Messages of a broken link (the code is lost on these): pg's client after its socket died, and
 * knex's transaction that it ended itself when its connection broke (later queries of it fail so).
 */
const UNREACHABLE_MESSAGE =
  /Unable to acquire a connection|pool is (probably )?(full|destroyed)|Connection terminated|connection is closed|database connection is not open|is not currently accepting connections|Client has encountered a connection error|Connection ended unexpectedly|Transaction query already complete/i;

/** What is read from a thrown value. Errors may come from another realm (Node's net module under a test sandbox), so they are duck-typed. */
interface ErrorLike {
  readonly name?: unknown;
  readonly message: string;
  readonly code?: unknown;
  /** The SQLSTATE, where the driver keeps it apart from its own code (the `mariadb` connector). */
  readonly sqlState?: unknown;
}

function asErrorLike(value: unknown): ErrorLike | null {
  if (typeof value !== 'object' || value === null) return null;
  return typeof (value as { message?: unknown }).message === 'string' ? (value as ErrorLike) : null;
}

function isUnreachable(error: ErrorLike): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  const sqlState = typeof error.sqlState === 'string' ? error.sqlState : code;
  if (error instanceof ConnectionException || UNREACHABLE_CODES.has(code) || sqlState.startsWith('08')) return true;
  return error.name === 'KnexTimeoutError' || UNREACHABLE_MESSAGE.test(error.message);
}

/**
 * Turns anything a store operation threw into a RosterError: RosterErrors pass unchanged, a unique
 * violation goes to `onUnique` (STORE_INTEGRITY when absent), an unreachable database becomes
 * STORE_UNAVAILABLE, a lock conflict the database gave up on (deadlock, lock wait timeout,
 * serialization failure) STORE_UNAVAILABLE too (a retry can succeed), a value the column cannot
 * hold VALIDATION_FAILED, and anything else INTERNAL. The driver error is kept as `cause`.
 */
export function translateDriverError(error: unknown, onUnique?: UniqueViolationHandler): RosterError {
  if (error instanceof RosterError) return error;
  const like = asErrorLike(error);
  if (!like) return new RosterError('INTERNAL', 'the store failed', {}, { cause: error });
  if (error instanceof UniqueConstraintViolationException) {
    return onUnique ? onUnique(error) : new RosterError('STORE_INTEGRITY', 'a unique index refused the write', {}, { cause: error });
  }
  if (isUnreachable(like)) {
    return new RosterError('STORE_UNAVAILABLE', 'the database cannot be reached', {}, { cause: error });
  }
  if (error instanceof DeadlockException || error instanceof LockWaitTimeoutException) {
    return new RosterError('STORE_UNAVAILABLE', 'the database gave up on a lock conflict; retry', {}, { cause: error });
  }
  const code = typeof like.code === 'string' ? like.code : '';
  if (error instanceof NotNullConstraintViolationException || BAD_VALUE_CODES.has(code)) {
    return withCause(validationError([{ field: 'value', message: 'does not fit the column that stores it' }]), error);
  }
  return new RosterError('INTERNAL', 'the store failed', {}, { cause: error });
}

/** The same RosterError, with the driver error attached as its cause (for logs, never for answers). */
export function withCause(error: RosterError, cause: unknown): RosterError {
  return new RosterError(error.code, error.message, error.details, { cause });
}

/**
 * The index or columns a unique violation names, without the clashing value: PostgreSQL gives
 * the constraint, MariaDB `… for key 'name'`, SQLite `UNIQUE constraint failed: table.column, …`.
 */
export function violatedKey(violation: UniqueConstraintViolationException): string {
  const { constraint } = violation as { constraint?: unknown };
  if (typeof constraint === 'string') return constraint;
  const mysql = /for key '([^']+)'/.exec(violation.message);
  if (mysql?.[1]) return mysql[1];
  const sqlite = /UNIQUE constraint failed: (.+)$/m.exec(violation.message);
  return sqlite?.[1] ?? '';
}
