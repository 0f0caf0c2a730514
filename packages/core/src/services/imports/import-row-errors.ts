import { RosterError } from '../../errors';
import type { ImportRowError } from '../../ports';

/** The field an error without one is about, where the code says it. */
const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  EMAIL_TAKEN: 'email',
  LOGIN_TAKEN: 'login',
  ROLE_UNKNOWN: 'role',
  ROLE_ABOVE_ACTOR: 'role',
  PERMISSION_NOT_HELD: 'permissions',
  ORGANIZATION_NOT_FOUND: 'organizationId',
  OUT_OF_SCOPE: 'organizationId',
};

/** A row's errors from a create rule's RosterError: one per field issue, or one for the error. */
export function rowErrorsOf(line: number, error: RosterError): ImportRowError[] {
  const issues = error.details.issues ?? [];
  if (error.code === 'VALIDATION_FAILED' && issues.length > 0) {
    return issues.map((issue) => ({ line, field: issue.field, code: error.code, message: issue.message }));
  }
  const field = error.details.field !== undefined ? `profile.${error.details.field}` : (FIELD_OF_CODE[error.code] ?? null);
  return [{ line, field, code: error.code, message: error.message }];
}

export function rowError(line: number, code: string, message: string, field: string | null = null): ImportRowError {
  return { line, field, code, message };
}

/** The uniqueness errors a batch's insert can meet when another writer took a value since the check. */
export function isTakenError(error: unknown): error is RosterError {
  return RosterError.is(error, 'EMAIL_TAKEN') || RosterError.is(error, 'LOGIN_TAKEN') || RosterError.is(error, 'PROFILE_VALUE_TAKEN');
}
