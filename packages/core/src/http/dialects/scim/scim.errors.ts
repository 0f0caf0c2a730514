import type { ErrorTable } from '../../create-dialect';
import type { FieldIssue } from '../../../errors';
import { retryAfterHeader } from '../../responses';
import { scimError, type ScimType } from './scim.responses';

/**
 * The issue fields the dialect itself raises, and the scimType each stands for: a handler throws
 * `validationError([{ field: 'filter', … }])` and this table answers `invalidFilter`.
 */
const DIALECT_FIELDS: Readonly<Record<string, ScimType>> = {
  filter: 'invalidFilter',
  body: 'invalidSyntax',
  path: 'invalidPath',
  target: 'noTarget',
};

/** Core field names as the SCIM User calls them. */
const SCIM_FIELDS: Readonly<Record<string, string>> = {
  email: 'emails',
  login: 'userName',
  firstName: 'name.givenName',
  lastName: 'name.familyName',
  scimExternalId: 'externalId',
  status: 'active',
  phoneNumber: 'phoneNumbers',
  'profile.job_title': 'title',
  page: 'startIndex',
  limit: 'count',
  offset: 'startIndex',
};

const nameOf = (field: string): string => (Object.hasOwn(SCIM_FIELDS, field) ? (SCIM_FIELDS[field] ?? field) : field);

/** 400 with the scimType of the first issue the dialect raised (else `invalidValue`); detail lists every issue. */
function badRequest(issues: readonly FieldIssue[]) {
  const own = issues.find((issue) => Object.hasOwn(DIALECT_FIELDS, issue.field));
  const scimType = own === undefined ? 'invalidValue' : (DIALECT_FIELDS[own.field] ?? 'invalidValue');
  const detail = issues
    .map((issue) => (Object.hasOwn(DIALECT_FIELDS, issue.field) ? issue.message : `${nameOf(issue.field)}: ${issue.message}`))
    .join('; ');
  return scimError(400, detail === '' ? 'Invalid request' : detail, scimType);
}

const unauthenticated = () =>
  scimError(401, 'Authentication required: a bearer API key of the tenant', undefined, { 'WWW-Authenticate': 'Bearer' });
const forbidden = () => scimError(403, 'The API key may not do this (needs scim:provision or user:manage, in its scope)');
const internal = () => scimError(500, 'Internal server error');
const uniqueness = (detail: string) => () => scimError(409, detail, 'uniqueness');

/** The scim dialect's one error table: an RFC 7644 §3.12 body for every core error code (README.md, "Errors"). */
export const SCIM_ERRORS: ErrorTable = {
  VALIDATION_FAILED: (error) => badRequest(error.details.issues ?? []),
  ROLE_UNKNOWN: () => scimError(400, 'role: must be a role of this tenant', 'invalidValue'),
  ORGANIZATION_NOT_FOUND: () => scimError(400, 'organization: does not exist in this tenant', 'invalidValue'),
  UNAUTHENTICATED: unauthenticated,
  TENANT_NOT_FOUND: unauthenticated,
  PERMISSION_DENIED: forbidden,
  ROLE_ABOVE_ACTOR: forbidden,
  TARGET_ABOVE_ACTOR: forbidden,
  PERMISSION_NOT_HELD: forbidden,
  OUT_OF_SCOPE: forbidden,
  USER_PROTECTED: forbidden,
  SEAT_LIMIT_REACHED: () => scimError(403, "The tenant's user limit is reached: no seat left for a new user"),
  USER_NOT_FOUND: () => scimError(404, 'Resource not found'),
  EMAIL_TAKEN: uniqueness('emails: another user has this e-mail'),
  LOGIN_TAKEN: uniqueness('userName: another user has this userName'),
  PROFILE_VALUE_TAKEN: uniqueness('another user has this value of a unique attribute'),
  VERSION_CONFLICT: () => scimError(409, 'The resource was modified concurrently, retry the request'),
  PRECONDITION_FAILED: () => scimError(412, 'If-Match does not name the current version of the resource'),
  RATE_LIMITED: (error) => scimError(429, 'Too many requests', undefined, retryAfterHeader(error.details.retryAfterSeconds ?? 1)),
  STORE_UNAVAILABLE: () => scimError(503, 'Service unavailable'),
  // Raised only by the admin dialect's services; never on this dialect's routes.
  API_KEY_NOT_FOUND: internal,
  IMPORT_NOT_FOUND: internal,
  GROUP_NOT_FOUND: () => scimError(404, 'Resource not found'),
  GROUP_NAME_TAKEN: uniqueness('displayName: another group has this name'),
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
