import type { ErrorTable } from '../../create-dialect';
import type { ErrorCode } from '../../../errors';
import { retryAfterHeader } from '../../responses';
import { problemResponse, type Problem } from './problem.response';

const problem = (status: number, code: string, title: string): Problem => ({ status, code, title });

const INTERNAL = problem(500, 'INTERNAL', 'Internal server error');

/**
 * The admin dialect's one error table: every core code's problem (status, stable `code`, title),
 * and the dialect's own (405, 413). Server faults all answer `INTERNAL`: no answer says which.
 * docs/dialects/admin.md lists them.
 */
export const ADMIN_PROBLEMS = {
  VALIDATION_FAILED: problem(400, 'VALIDATION_FAILED', 'The request is invalid'),
  ROLE_UNKNOWN: problem(400, 'ROLE_UNKNOWN', 'No such role in this tenant'),
  ORGANIZATION_NOT_FOUND: problem(400, 'ORGANIZATION_NOT_FOUND', 'No such organization in this tenant'),
  UNAUTHENTICATED: problem(401, 'UNAUTHENTICATED', 'Authentication required'),
  PERMISSION_DENIED: problem(403, 'PERMISSION_DENIED', 'The credential lacks the permission'),
  ROLE_ABOVE_ACTOR: problem(403, 'ROLE_ABOVE_ACTOR', 'The role ranks above the caller'),
  TARGET_ABOVE_ACTOR: problem(403, 'TARGET_ABOVE_ACTOR', 'The target ranks above the caller'),
  PERMISSION_NOT_HELD: problem(403, 'PERMISSION_NOT_HELD', 'The caller cannot grant these permissions'),
  OUT_OF_SCOPE: problem(403, 'OUT_OF_SCOPE', "Outside the caller's organization"),
  USER_PROTECTED: problem(403, 'USER_PROTECTED', 'The user cannot be changed'),
  SEAT_LIMIT_REACHED: problem(403, 'SEAT_LIMIT_REACHED', "The tenant's seat limit is reached"),
  TENANT_NOT_FOUND: problem(404, 'TENANT_NOT_FOUND', 'No such tenant'),
  USER_NOT_FOUND: problem(404, 'USER_NOT_FOUND', 'No such user'),
  API_KEY_NOT_FOUND: problem(404, 'API_KEY_NOT_FOUND', 'No such API key'),
  IMPORT_NOT_FOUND: problem(404, 'IMPORT_NOT_FOUND', 'No such import'),
  GROUP_NOT_FOUND: problem(404, 'GROUP_NOT_FOUND', 'No such group'),
  GROUP_NAME_TAKEN: problem(409, 'GROUP_NAME_TAKEN', 'Another group of the tenant has this name'),
  EMAIL_TAKEN: problem(409, 'EMAIL_TAKEN', 'The e-mail is in use'),
  LOGIN_TAKEN: problem(409, 'LOGIN_TAKEN', 'The login is in use'),
  PROFILE_VALUE_TAKEN: problem(409, 'PROFILE_VALUE_TAKEN', 'The profile value is in use'),
  VERSION_CONFLICT: problem(409, 'VERSION_CONFLICT', 'The user was changed concurrently'),
  TENANT_NOT_EMPTY: problem(409, 'TENANT_NOT_EMPTY', 'The tenant still holds users'),
  TENANT_NAME_TAKEN: problem(409, 'TENANT_NAME_TAKEN', 'The tenant name is in use'),
  WEBHOOK_URL_REFUSED: problem(400, 'WEBHOOK_URL_REFUSED', 'The webhook URL is refused'),
  WEBHOOK_ENDPOINT_NOT_FOUND: problem(404, 'WEBHOOK_ENDPOINT_NOT_FOUND', 'No such webhook endpoint'),
  WEBHOOK_DELIVERY_NOT_FOUND: problem(404, 'WEBHOOK_DELIVERY_NOT_FOUND', 'No such webhook delivery'),
  PRECONDITION_FAILED: problem(412, 'PRECONDITION_FAILED', 'If-Match does not match'),
  RATE_LIMITED: problem(429, 'RATE_LIMITED', 'Too many requests'),
  STORE_UNAVAILABLE: problem(503, 'STORE_UNAVAILABLE', 'Service unavailable'),
  BOOTSTRAP_INVALID: INTERNAL,
  CONFIGURATION_INVALID: INTERNAL,
  STORE_INTEGRITY: INTERNAL,
  INTERNAL,
} as const satisfies Readonly<Record<ErrorCode, Problem>>;

/** The dialect's own answers, for what is not a core error. */
export const ADMIN_OWN_PROBLEMS = {
  METHOD_NOT_ALLOWED: problem(405, 'METHOD_NOT_ALLOWED', 'Method not allowed'),
  PAYLOAD_TOO_LARGE: problem(413, 'PAYLOAD_TOO_LARGE', 'Payload too large'),
  UNSUPPORTED_MEDIA_TYPE: problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported media type'),
  IDEMPOTENCY_KEY_IN_FLIGHT: problem(409, 'IDEMPOTENCY_KEY_IN_FLIGHT', 'A request with this Idempotency-Key is still running'),
  PRECONDITION_REQUIRED: problem(428, 'PRECONDITION_REQUIRED', 'If-Match is required'),
  IDEMPOTENCY_KEY_REUSED: problem(422, 'IDEMPOTENCY_KEY_REUSED', 'The Idempotency-Key was used for another request'),
} as const;

/** A client-facing sentence per code; never the error's own message (which may name internals). */
const DETAIL: Partial<Record<ErrorCode, string>> = {
  VALIDATION_FAILED: 'See errors for each wrong field.',
  UNAUTHENTICATED: 'Send a valid credential as Authorization: Bearer <token>.',
  PRECONDITION_FAILED: 'The resource has another ETag now; read it again.',
  RATE_LIMITED: 'Retry after the time in Retry-After.',
  WEBHOOK_URL_REFUSED: 'Use an http(s) URL without credentials whose host resolves to public addresses only.',
};

function answer(code: ErrorCode): ErrorTable[ErrorCode] {
  const entry = ADMIN_PROBLEMS[code];
  return (error) => {
    const detail = DETAIL[code] ?? `${entry.title}.`;
    if (code === 'VALIDATION_FAILED' || code === 'WEBHOOK_URL_REFUSED')
      return problemResponse(entry, detail, { errors: error.details.issues ?? [] });
    if (code === 'RATE_LIMITED') return problemResponse(entry, detail, { headers: retryAfterHeader(error.details.retryAfterSeconds ?? 1) });
    return problemResponse(entry, detail);
  };
}

export const ADMIN_ERRORS: ErrorTable = Object.fromEntries(
  (Object.keys(ADMIN_PROBLEMS) as ErrorCode[]).map((code) => [code, answer(code)]),
) as unknown as ErrorTable;
