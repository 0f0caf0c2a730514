import type { ErrorCode } from './error-code';

/** One failed rule of one field, as validation reports it. */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

export interface RosterErrorDetails {
  /** VALIDATION_FAILED: what is wrong, field by field. */
  readonly issues?: readonly FieldIssue[];
  /** RATE_LIMITED: seconds until a retry can succeed. */
  readonly retryAfterSeconds?: number;
  /** BOOTSTRAP_INVALID: the offending path, e.g. `tenants[0].users[2].role`. */
  readonly path?: string;
  /** EMAIL_TAKEN / LOGIN_TAKEN: the value that is taken (echoed by ispring's update answer). */
  readonly value?: string;
  /** PROFILE_VALUE_TAKEN: the unique profile field whose `value` another user holds. */
  readonly field?: string;
}

/**
 * The only error type that crosses a package boundary. `message` is for logs and developers;
 * dialects never echo it, they answer from `code`.
 */
export class RosterError extends Error {
  override readonly name = 'RosterError';

  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly details: RosterErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  static is(value: unknown, code?: ErrorCode): value is RosterError {
    return value instanceof RosterError && (code === undefined || value.code === code);
  }
}

export function validationError(issues: readonly FieldIssue[]): RosterError {
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  return new RosterError('VALIDATION_FAILED', `invalid input: ${summary}`, { issues });
}

/** PROFILE_VALUE_TAKEN: another user of the tenant holds `value` in the unique profile field `field`. */
export function profileValueTaken(field: string, value: string): RosterError {
  return new RosterError('PROFILE_VALUE_TAKEN', `the value of profile field ${field} is taken`, { field, value });
}
