import type { RosterError } from '../../../errors';
import type { ErrorTable } from '../../create-dialect';
import type { RosterResponse } from '../../http.types';
import { retryAfterHeader, textResponse } from '../../responses';

/** The exact texts of the first-generation iSpring Learn API (mind the capitalisation). */
export const ISPRING_TEXT = {
  badRequest: 'Bad Request',
  unauthorized: 'Unauthorized',
  permissionDenied: 'Permission Denied',
  seatsExceeded: 'Number of user accounts is exceeded',
  unknownUserOnGet: 'Unknown User',
  unknownUser: 'Unknown user',
  emailTaken: 'User with the same email is already registered.',
  loginTaken: 'User with the same login is already registered.',
  tooManyRequests: 'Too Many Requests',
  conflict: 'Conflict',
  methodNotAllowed: 'Method Not Allowed',
  unavailable: 'Service Unavailable',
  internal: 'Internal Server Error',
} as const;

/** Seconds a throttled client waits when the core gives no figure (the default window). */
const FALLBACK_RETRY_AFTER = 900;

const text = (status: number, body: string) => (): RosterResponse => textResponse(status, body);

function tooManyRequests(error: RosterError): RosterResponse {
  const seconds = error.details.retryAfterSeconds ?? FALLBACK_RETRY_AFTER;
  return textResponse(429, ISPRING_TEXT.tooManyRequests, retryAfterHeader(seconds));
}

/** `Invalid value <value>. Field <field> must be unique.` (400), for a unique profile field. */
export function notUniqueText(value: string, field: string): string {
  return `Invalid value ${value}. Field ${field} must be unique.`;
}

function notUnique(error: RosterError): RosterResponse {
  return textResponse(400, notUniqueText(error.details.value ?? '', error.details.field ?? ''));
}

/**
 * Every core error as the ispring dialect answers it: plain text, exact wording. Routes
 * override a few codes where the original API words them differently (`Unknown User` on GET,
 * `Invalid value … must be unique.` on update).
 */
export const ispringErrors: ErrorTable = {
  VALIDATION_FAILED: text(400, ISPRING_TEXT.badRequest),
  UNAUTHENTICATED: text(401, ISPRING_TEXT.unauthorized),
  RATE_LIMITED: tooManyRequests,
  PERMISSION_DENIED: text(403, ISPRING_TEXT.permissionDenied),
  ROLE_ABOVE_ACTOR: text(403, ISPRING_TEXT.permissionDenied),
  TARGET_ABOVE_ACTOR: text(403, ISPRING_TEXT.permissionDenied),
  PERMISSION_NOT_HELD: text(403, ISPRING_TEXT.permissionDenied),
  OUT_OF_SCOPE: text(403, ISPRING_TEXT.permissionDenied),
  USER_PROTECTED: text(403, ISPRING_TEXT.permissionDenied),
  // The actor's account vanished between authentication and the call: as an unknown account.
  TENANT_NOT_FOUND: text(401, ISPRING_TEXT.unauthorized),
  USER_NOT_FOUND: text(404, ISPRING_TEXT.unknownUser),
  ORGANIZATION_NOT_FOUND: text(400, ISPRING_TEXT.badRequest),
  ROLE_UNKNOWN: text(400, ISPRING_TEXT.badRequest),
  EMAIL_TAKEN: text(409, ISPRING_TEXT.emailTaken),
  LOGIN_TAKEN: text(409, ISPRING_TEXT.loginTaken),
  PROFILE_VALUE_TAKEN: notUnique,
  SEAT_LIMIT_REACHED: text(403, ISPRING_TEXT.seatsExceeded),
  VERSION_CONFLICT: text(409, ISPRING_TEXT.conflict),
  // Raised only by the admin dialect's services; never on this dialect's routes.
  API_KEY_NOT_FOUND: text(500, ISPRING_TEXT.internal),
  IMPORT_NOT_FOUND: text(500, ISPRING_TEXT.internal),
  GROUP_NOT_FOUND: text(500, ISPRING_TEXT.internal),
  GROUP_NAME_TAKEN: text(500, ISPRING_TEXT.internal),
  PRECONDITION_FAILED: text(500, ISPRING_TEXT.internal),
  TENANT_NOT_EMPTY: text(500, ISPRING_TEXT.internal),
  TENANT_NAME_TAKEN: text(500, ISPRING_TEXT.internal),
  WEBHOOK_URL_REFUSED: text(500, ISPRING_TEXT.internal),
  WEBHOOK_ENDPOINT_NOT_FOUND: text(500, ISPRING_TEXT.internal),
  WEBHOOK_DELIVERY_NOT_FOUND: text(500, ISPRING_TEXT.internal),
  BOOTSTRAP_INVALID: text(500, ISPRING_TEXT.internal),
  CONFIGURATION_INVALID: text(500, ISPRING_TEXT.internal),
  STORE_INTEGRITY: text(500, ISPRING_TEXT.internal),
  STORE_UNAVAILABLE: text(503, ISPRING_TEXT.unavailable),
  INTERNAL: text(500, ISPRING_TEXT.internal),
};

/** The 413 answer (docs/dialects/common.md): status 413, body `Bad Request`. */
export const ispringPayloadTooLarge: RosterResponse = textResponse(413, ISPRING_TEXT.badRequest);
