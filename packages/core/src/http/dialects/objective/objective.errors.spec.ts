import { RosterError, validationError, type ErrorCode } from '../../../errors';
import { OBJECTIVE_ERRORS } from './objective.errors';

const answer = (error: RosterError) => {
  const response = OBJECTIVE_ERRORS[error.code](error);
  return { status: response.status, body: String(response.body), headers: response.headers };
};

/** docs/dialects/objective.md and docs/dialects/common.md, plus the codes README.md settles. */
const EXPECTED: Readonly<Record<Exclude<ErrorCode, 'VALIDATION_FAILED' | 'RATE_LIMITED'>, readonly [number, string]>> = {
  UNAUTHENTICATED: [403, '{}'],
  TENANT_NOT_FOUND: [403, '{}'],
  PERMISSION_DENIED: [403, '{}'],
  ROLE_ABOVE_ACTOR: [403, '{}'],
  TARGET_ABOVE_ACTOR: [403, '{}'],
  PERMISSION_NOT_HELD: [403, '{}'],
  // An organization outside the key's subtree is the hierarchy's 403, not a missing user.
  OUT_OF_SCOPE: [403, '{}'],
  USER_PROTECTED: [403, '{"error":"Users with backend access cannot be modified through the API"}'],
  SEAT_LIMIT_REACHED: [403, '{"error":"User limit reached"}'],
  USER_NOT_FOUND: [404, '{"error":"User not found"}'],
  EMAIL_TAKEN: [422, '{"message":"The given data was invalid.","errors":{"email":["The email has already been taken."]}}'],
  LOGIN_TAKEN: [422, '{"message":"The given data was invalid.","errors":{"email":["The email has already been taken."]}}'],
  PROFILE_VALUE_TAKEN: [422, '{"message":"The given data was invalid.","errors":{"profile":["The profile has already been taken."]}}'],
  VERSION_CONFLICT: [409, '{"message":"The user was changed by another request. Try again."}'],
  ROLE_UNKNOWN: [500, '{"message":"Server Error"}'],
  ORGANIZATION_NOT_FOUND: [500, '{"message":"Server Error"}'],
  STORE_UNAVAILABLE: [503, '{"message":"Service Unavailable"}'],
  API_KEY_NOT_FOUND: [500, '{"message":"Server Error"}'],
  IMPORT_NOT_FOUND: [500, '{"message":"Server Error"}'],
  GROUP_NOT_FOUND: [500, '{"message":"Server Error"}'],
  GROUP_NAME_TAKEN: [500, '{"message":"Server Error"}'],
  PRECONDITION_FAILED: [500, '{"message":"Server Error"}'],
  TENANT_NOT_EMPTY: [500, '{"message":"Server Error"}'],
  TENANT_NAME_TAKEN: [500, '{"message":"Server Error"}'],
  WEBHOOK_URL_REFUSED: [500, '{"message":"Server Error"}'],
  WEBHOOK_ENDPOINT_NOT_FOUND: [500, '{"message":"Server Error"}'],
  WEBHOOK_DELIVERY_NOT_FOUND: [500, '{"message":"Server Error"}'],
  BOOTSTRAP_INVALID: [500, '{"message":"Server Error"}'],
  CONFIGURATION_INVALID: [500, '{"message":"Server Error"}'],
  STORE_INTEGRITY: [500, '{"message":"Server Error"}'],
  INTERNAL: [500, '{"message":"Server Error"}'],
};

describe('objective error table', () => {
  it.each(Object.entries(EXPECTED))('%s → %s', (code, [status, body]) => {
    const response = answer(new RosterError(code as ErrorCode, 'a detail that must not leak'));
    expect(response).toEqual({ status, body, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  });

  it('answers RATE_LIMITED with 429 and a whole-second Retry-After when the core gives one', () => {
    const timed = answer(new RosterError('RATE_LIMITED', 'slow down', { retryAfterSeconds: 41.2 }));
    expect([timed.status, timed.body, timed.headers['Retry-After']]).toEqual([429, '{"message":"Too Many Attempts."}', '42']);
    expect(answer(new RosterError('RATE_LIMITED')).headers['Retry-After']).toBeUndefined();
  });

  it('relays a core VALIDATION_FAILED as the 422 shape under wire field names', () => {
    const response = answer(
      validationError([
        { field: 'phoneNumber', message: 'too long' },
        { field: 'email', message: 'bad' },
      ]),
    );
    expect([response.status, response.body]).toEqual([
      422,
      '{"message":"The given data was invalid.","errors":{"phone_number":["The phone number field is invalid."],"email":["The email field must be a valid email address."]}}',
    ]);
  });
});
