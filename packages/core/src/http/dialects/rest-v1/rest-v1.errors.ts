import type { ErrorTable } from '../../create-dialect';
import { retryAfterHeader } from '../../responses';
import { failure, invalidParameters } from './rest-v1.responses';

const forbidden = () => failure(403, 'Insufficient permissions');
const unauthenticated = () => failure(401, 'Authentication required');
const notFound = () => failure(404, 'User does not exist');
const internal = () => failure(500, 'Internal server error');

/**
 * rest-v1's answer for every core error code (docs/dialects/rest-v1.md, "Answers").
 * Codes the spec does not name are settled in README.md.
 */
export const REST_V1_ERRORS: ErrorTable = {
  VALIDATION_FAILED: (error) => invalidParameters(error.details.issues ?? []),
  ROLE_UNKNOWN: () => invalidParameters([{ field: 'role', message: 'must be a role of this tenant' }]),
  ORGANIZATION_NOT_FOUND: () => invalidParameters([{ field: 'organization', message: 'does not exist in this tenant' }]),
  UNAUTHENTICATED: unauthenticated,
  TENANT_NOT_FOUND: unauthenticated,
  PERMISSION_DENIED: forbidden,
  ROLE_ABOVE_ACTOR: forbidden,
  TARGET_ABOVE_ACTOR: forbidden,
  PERMISSION_NOT_HELD: forbidden,
  OUT_OF_SCOPE: forbidden,
  USER_PROTECTED: forbidden,
  SEAT_LIMIT_REACHED: () => failure(403, 'User limit reached'),
  USER_NOT_FOUND: notFound,
  EMAIL_TAKEN: () => failure(409, 'Email already in use'),
  // The dialect uses the e-mail as login in tenants that identify users by login.
  LOGIN_TAKEN: () => failure(409, 'Email already in use'),
  PROFILE_VALUE_TAKEN: () => failure(409, 'Profile value already in use'),
  VERSION_CONFLICT: () => failure(409, 'User was modified concurrently, retry the request'),
  RATE_LIMITED: (error) => failure(429, 'Rate limit exceeded', retryAfterHeader(error.details.retryAfterSeconds ?? 1)),
  STORE_UNAVAILABLE: () => failure(503, 'Service unavailable'),
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
  INTERNAL: internal,
};
