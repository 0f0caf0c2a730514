import type { RosterError } from '../../../errors';
import type { ErrorTable } from '../../create-dialect';
import type { RosterResponse } from '../../http.types';
import { jsonResponse, retryAfterHeader } from '../../responses';
import { emailTaken, forbidden, userNotFound, validationFailed } from './objective.responses';
import { attributeName } from './validation/laravel-rules';

/** Laravel's production answers (`APP_DEBUG=false`): never the exception's own message. */
const serverError = (): RosterResponse => jsonResponse(500, { message: 'Server Error' });

/** Core field names → wire names, for the rare VALIDATION_FAILED the dialect's own rules let through. */
const WIRE_FIELDS: Readonly<Record<string, string>> = {
  firstName: 'first_name',
  lastName: 'last_name',
  externalId: 'external_id',
  phoneNumber: 'phone_number',
  liveScanner: 'live_scanner',
};

function coreValidationFailed(error: RosterError): RosterResponse {
  const errors: Record<string, string[]> = {};
  for (const issue of error.details.issues ?? []) {
    const field = WIRE_FIELDS[issue.field] ?? issue.field;
    const attribute = attributeName(field);
    const message = field === 'email' ? `The ${attribute} field must be a valid email address.` : `The ${attribute} field is invalid.`;
    const messages = (errors[field] ??= []);
    if (!messages.includes(message)) messages.push(message);
  }
  return validationFailed(errors);
}

/** docs/dialects/objective.md: every core error code → the dialect's wire answer. */
export const OBJECTIVE_ERRORS: ErrorTable = {
  VALIDATION_FAILED: coreValidationFailed,
  UNAUTHENTICATED: forbidden,
  RATE_LIMITED: (error) =>
    jsonResponse(
      429,
      { message: 'Too Many Attempts.' },
      error.details.retryAfterSeconds === undefined ? {} : retryAfterHeader(error.details.retryAfterSeconds),
    ),
  PERMISSION_DENIED: forbidden,
  ROLE_ABOVE_ACTOR: forbidden,
  TARGET_ABOVE_ACTOR: forbidden,
  PERMISSION_NOT_HELD: forbidden,
  // An organization outside the key's subtree: the hierarchy's 403 (docs/dialects/common.md). A user outside
  // it is USER_NOT_FOUND already (the core answers as if it did not exist).
  OUT_OF_SCOPE: forbidden,
  USER_PROTECTED: () => jsonResponse(403, { error: 'Users with backend access cannot be modified through the API' }),
  // The key's tenant has gone: the key no longer authenticates anything.
  TENANT_NOT_FOUND: forbidden,
  USER_NOT_FOUND: userNotFound,
  // The dialect never names an organization or a role: these would be a server fault.
  ORGANIZATION_NOT_FOUND: serverError,
  ROLE_UNKNOWN: serverError,
  EMAIL_TAKEN: emailTaken,
  // In tenants that identify users by login the login is the e-mail (README.md).
  LOGIN_TAKEN: emailTaken,
  // Profile values are read-only here (README.md): a clash can only come from another dialect's write.
  PROFILE_VALUE_TAKEN: () => validationFailed({ profile: ['The profile has already been taken.'] }),
  SEAT_LIMIT_REACHED: () => jsonResponse(403, { error: 'User limit reached' }),
  VERSION_CONFLICT: () => jsonResponse(409, { message: 'The user was changed by another request. Try again.' }),
  // Raised only by the admin dialect's services; never on this dialect's routes.
  API_KEY_NOT_FOUND: serverError,
  IMPORT_NOT_FOUND: serverError,
  GROUP_NOT_FOUND: serverError,
  GROUP_NAME_TAKEN: serverError,
  PRECONDITION_FAILED: serverError,
  TENANT_NOT_EMPTY: serverError,
  TENANT_NAME_TAKEN: serverError,
  WEBHOOK_URL_REFUSED: serverError,
  WEBHOOK_ENDPOINT_NOT_FOUND: serverError,
  WEBHOOK_DELIVERY_NOT_FOUND: serverError,
  BOOTSTRAP_INVALID: serverError,
  CONFIGURATION_INVALID: serverError,
  STORE_INTEGRITY: serverError,
  STORE_UNAVAILABLE: () => jsonResponse(503, { message: 'Service Unavailable' }),
  INTERNAL: serverError,
};
