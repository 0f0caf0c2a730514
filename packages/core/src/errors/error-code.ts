/**
 * Every error the core raises has one of these stable codes. Dialects map each code to their
 * own wire answer with an exhaustive `Record<ErrorCode, …>`, so a new code without a mapping
 * is a compile error.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'PERMISSION_DENIED',
  'ROLE_ABOVE_ACTOR',
  'TARGET_ABOVE_ACTOR',
  'PERMISSION_NOT_HELD',
  'OUT_OF_SCOPE',
  'USER_PROTECTED',
  'TENANT_NOT_FOUND',
  'USER_NOT_FOUND',
  /** admin: no API key of that id in the caller's tenant (or in its scope). */
  'API_KEY_NOT_FOUND',
  'IMPORT_NOT_FOUND',
  'ORGANIZATION_NOT_FOUND',
  /** No group of that id in the caller's tenant (or in its scope). */
  'GROUP_NOT_FOUND',
  'ROLE_UNKNOWN',
  'EMAIL_TAKEN',
  'LOGIN_TAKEN',
  'PROFILE_VALUE_TAKEN',
  /** Another group of the tenant has that name (names are unique per tenant, case-insensitively). */
  'GROUP_NAME_TAKEN',
  'SEAT_LIMIT_REACHED',
  'VERSION_CONFLICT',
  /** admin: `If-Match` names another version of the user than the stored one. */
  'PRECONDITION_FAILED',
  /** admin: a tenant still holding users cannot be deleted. */
  'TENANT_NOT_EMPTY',
  /** admin: another tenant has that name. */
  'TENANT_NAME_TAKEN',
  /** admin: the webhook URL is not http(s), carries credentials, or its host resolves to a refused address (loopback, private…). */
  'WEBHOOK_URL_REFUSED',
  /** admin: no webhook endpoint of that id in the caller's tenant. */
  'WEBHOOK_ENDPOINT_NOT_FOUND',
  /** admin: no delivery attempt of that id for the endpoint. */
  'WEBHOOK_DELIVERY_NOT_FOUND',
  'BOOTSTRAP_INVALID',
  /** A mistake of the host's setup (options, module configuration): never the client's doing. */
  'CONFIGURATION_INVALID',
  'STORE_UNAVAILABLE',
  /** The store refused a write that no client input explains (a public-id or id collision). */
  'STORE_INTEGRITY',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
