import { RosterError, type ErrorCode } from '../../errors';
import type { ImportRowError } from '../../ports';

/** The code of a row the file itself could not give (not valid JSON, a CSV record of the wrong width). */
export const UNREADABLE = 'UNREADABLE';

/** A row's code: a core error code, or UNREADABLE. Server faults are all `INTERNAL` (no row says which). */
export type ImportRowCode = ErrorCode | typeof UNREADABLE;

const SERVER_FAULT = 'the row could not be imported (a server fault); run the import again';

/**
 * What a row error says for each code: a client-facing sentence, never the error's own message
 * (which may name internals: an id, a value, a table). Exhaustive, as the dialects' error tables
 * are, so a new core code without a sentence is a compile error. `code` is what the row reports:
 * the code itself, or INTERNAL for a server fault.
 */
const ROW_ANSWERS: Readonly<Record<ErrorCode, { readonly code: ErrorCode; readonly message: string }>> = {
  VALIDATION_FAILED: { code: 'VALIDATION_FAILED', message: 'the row is invalid' },
  UNAUTHENTICATED: { code: 'UNAUTHENTICATED', message: 'the import has no valid credential' },
  RATE_LIMITED: { code: 'RATE_LIMITED', message: 'too many requests' },
  PERMISSION_DENIED: { code: 'PERMISSION_DENIED', message: 'the credential lacks the permission' },
  ROLE_ABOVE_ACTOR: { code: 'ROLE_ABOVE_ACTOR', message: 'the role ranks above the caller' },
  TARGET_ABOVE_ACTOR: { code: 'TARGET_ABOVE_ACTOR', message: 'the target ranks above the caller' },
  PERMISSION_NOT_HELD: { code: 'PERMISSION_NOT_HELD', message: 'the caller cannot grant these permissions' },
  OUT_OF_SCOPE: { code: 'OUT_OF_SCOPE', message: "outside the caller's organization" },
  USER_PROTECTED: { code: 'USER_PROTECTED', message: 'the user cannot be changed' },
  TENANT_NOT_FOUND: { code: 'TENANT_NOT_FOUND', message: 'no such tenant' },
  USER_NOT_FOUND: { code: 'USER_NOT_FOUND', message: 'no such user' },
  API_KEY_NOT_FOUND: { code: 'API_KEY_NOT_FOUND', message: 'no such API key' },
  IMPORT_NOT_FOUND: { code: 'IMPORT_NOT_FOUND', message: 'no such import' },
  ORGANIZATION_NOT_FOUND: { code: 'ORGANIZATION_NOT_FOUND', message: 'no such organization in this tenant' },
  GROUP_NOT_FOUND: { code: 'GROUP_NOT_FOUND', message: 'no such group in this tenant' },
  ROLE_UNKNOWN: { code: 'ROLE_UNKNOWN', message: 'no such role in this tenant' },
  EMAIL_TAKEN: { code: 'EMAIL_TAKEN', message: 'the e-mail is taken' },
  LOGIN_TAKEN: { code: 'LOGIN_TAKEN', message: 'the login is taken' },
  PROFILE_VALUE_TAKEN: { code: 'PROFILE_VALUE_TAKEN', message: 'the profile value is taken' },
  GROUP_NAME_TAKEN: { code: 'GROUP_NAME_TAKEN', message: 'another group of the tenant has this name' },
  SEAT_LIMIT_REACHED: { code: 'SEAT_LIMIT_REACHED', message: "the tenant's seat limit is reached" },
  VERSION_CONFLICT: { code: 'VERSION_CONFLICT', message: 'the user was changed concurrently' },
  PRECONDITION_FAILED: { code: 'PRECONDITION_FAILED', message: 'the precondition failed' },
  TENANT_NOT_EMPTY: { code: 'TENANT_NOT_EMPTY', message: 'the tenant still holds users' },
  TENANT_NAME_TAKEN: { code: 'TENANT_NAME_TAKEN', message: 'the tenant name is in use' },
  WEBHOOK_URL_REFUSED: { code: 'WEBHOOK_URL_REFUSED', message: 'the webhook URL is refused' },
  WEBHOOK_ENDPOINT_NOT_FOUND: { code: 'WEBHOOK_ENDPOINT_NOT_FOUND', message: 'no such webhook endpoint' },
  WEBHOOK_DELIVERY_NOT_FOUND: { code: 'WEBHOOK_DELIVERY_NOT_FOUND', message: 'no such webhook delivery' },
  STORE_UNAVAILABLE: { code: 'STORE_UNAVAILABLE', message: 'the store is unavailable; run the import again' },
  BOOTSTRAP_INVALID: { code: 'INTERNAL', message: SERVER_FAULT },
  CONFIGURATION_INVALID: { code: 'INTERNAL', message: SERVER_FAULT },
  STORE_INTEGRITY: { code: 'INTERNAL', message: SERVER_FAULT },
  INTERNAL: { code: 'INTERNAL', message: SERVER_FAULT },
};

/** The field an error without one is about, where the code says it. */
const FIELD_OF_CODE: Readonly<Partial<Record<ErrorCode, string>>> = {
  EMAIL_TAKEN: 'email',
  LOGIN_TAKEN: 'login',
  ROLE_UNKNOWN: 'role',
  ROLE_ABOVE_ACTOR: 'role',
  PERMISSION_NOT_HELD: 'permissions',
  ORGANIZATION_NOT_FOUND: 'organizationId',
  OUT_OF_SCOPE: 'organizationId',
};

/**
 * A row's errors from a create rule's (or the store's) RosterError: its stable code and the
 * table's sentence; for VALIDATION_FAILED with field issues, one per issue with the issue's
 * message (the client-facing text the dialects answer too). Never `error.message`.
 */
export function rowErrorsOf(line: number, error: RosterError): ImportRowError[] {
  const issues = error.details.issues ?? [];
  if (error.code === 'VALIDATION_FAILED' && issues.length > 0) {
    return issues.map((issue) => ({ line, field: issue.field, code: error.code, message: issue.message }));
  }
  const answer = ROW_ANSWERS[error.code];
  if (answer.code === 'INTERNAL') return [rowError(line, answer.code)];
  const field = error.details.field !== undefined ? `profile.${error.details.field}` : (FIELD_OF_CODE[error.code] ?? null);
  return [rowError(line, answer.code, field)];
}

/** A row error of `code` with the table's sentence. */
export function rowError(line: number, code: ErrorCode, field: string | null = null): ImportRowError {
  return { line, field, code, message: ROW_ANSWERS[code].message };
}

/**
 * A row error whose sentence is Roster's own (what the file reader or the row converter found:
 * never an error's message from deeper down).
 */
export function rowProblem(line: number, code: typeof UNREADABLE | 'VALIDATION_FAILED', problem: string): ImportRowError {
  return { line, field: null, code, message: problem };
}

/** The uniqueness errors a batch's insert can meet when another writer took a value since the check. */
export function isTakenError(error: unknown): error is RosterError {
  return RosterError.is(error, 'EMAIL_TAKEN') || RosterError.is(error, 'LOGIN_TAKEN') || RosterError.is(error, 'PROFILE_VALUE_TAKEN');
}
