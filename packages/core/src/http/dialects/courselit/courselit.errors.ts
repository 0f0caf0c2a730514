import type { ErrorTable } from '../../create-dialect';
import {
  BAD_REQUEST,
  DOMAIN_NOT_FOUND,
  error,
  FORBIDDEN,
  INTERNAL_ERROR,
  message,
  UNAUTHORIZED,
  USER_NOT_FOUND,
} from './courselit.responses';

const forbidden = () => FORBIDDEN;
const notFound = () => USER_NOT_FOUND;
const internal = () => INTERNAL_ERROR;
const exists = () => error(400, 'The user already exists');

/**
 * courselit's answer for every core error code (docs/dialects/courselit.md, check table). Codes the
 * spec does not name are settled in README.md.
 */
export const COURSELIT_ERRORS: ErrorTable = {
  VALIDATION_FAILED: () => BAD_REQUEST,
  UNAUTHENTICATED: () => UNAUTHORIZED,
  TENANT_NOT_FOUND: () => DOMAIN_NOT_FOUND,
  PERMISSION_DENIED: forbidden,
  ROLE_ABOVE_ACTOR: forbidden,
  TARGET_ABOVE_ACTOR: forbidden,
  PERMISSION_NOT_HELD: forbidden,
  USER_PROTECTED: forbidden,
  // Outside the key's organization subtree: as if the user did not exist (docs/dialects/common.md).
  OUT_OF_SCOPE: notFound,
  USER_NOT_FOUND: notFound,
  EMAIL_TAKEN: exists,
  LOGIN_TAKEN: exists,
  PROFILE_VALUE_TAKEN: () => BAD_REQUEST,
  SEAT_LIMIT_REACHED: () => error(400, 'User limit reached'),
  RATE_LIMITED: (failure) =>
    message(429, 'Too many requests', { 'Retry-After': String(Math.max(1, Math.ceil(failure.details.retryAfterSeconds ?? 1))) }),
  ROLE_UNKNOWN: internal,
  ORGANIZATION_NOT_FOUND: internal,
  VERSION_CONFLICT: internal,
  // Raised only by the admin dialect's services; never on this dialect's routes.
  API_KEY_NOT_FOUND: internal,
  IMPORT_NOT_FOUND: internal,
  GROUP_NOT_FOUND: internal,
  GROUP_NAME_TAKEN: internal,
  PRECONDITION_FAILED: internal,
  TENANT_NOT_EMPTY: internal,
  TENANT_NAME_TAKEN: internal,
  WEBHOOK_URL_REFUSED: internal,
  WEBHOOK_ENDPOINT_NOT_FOUND: internal,
  WEBHOOK_DELIVERY_NOT_FOUND: internal,
  BOOTSTRAP_INVALID: internal,
  CONFIGURATION_INVALID: internal,
  STORE_INTEGRITY: internal,
  STORE_UNAVAILABLE: internal,
  INTERNAL: internal,
};
