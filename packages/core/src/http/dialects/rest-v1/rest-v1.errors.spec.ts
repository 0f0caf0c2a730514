import { ERROR_CODES, RosterError, validationError, type ErrorCode } from '../../../errors';
import { REST_V1_ERRORS } from './rest-v1.errors';

const answer = (error: RosterError) => {
  const response = REST_V1_ERRORS[error.code](error);
  return { status: response.status, body: String(response.body), headers: response.headers };
};
const message = (text: string) => `{"success":false,"message":"${text}"}`;

/** docs/dialects/rest-v1.md, "Answers", plus the codes README.md settles. */
const EXPECTED: Readonly<Record<Exclude<ErrorCode, 'VALIDATION_FAILED' | 'RATE_LIMITED'>, readonly [number, string]>> = {
  UNAUTHENTICATED: [401, message('Authentication required')],
  TENANT_NOT_FOUND: [401, message('Authentication required')],
  PERMISSION_DENIED: [403, message('Insufficient permissions')],
  ROLE_ABOVE_ACTOR: [403, message('Insufficient permissions')],
  TARGET_ABOVE_ACTOR: [403, message('Insufficient permissions')],
  PERMISSION_NOT_HELD: [403, message('Insufficient permissions')],
  OUT_OF_SCOPE: [403, message('Insufficient permissions')],
  USER_PROTECTED: [403, message('Insufficient permissions')],
  SEAT_LIMIT_REACHED: [403, message('User limit reached')],
  USER_NOT_FOUND: [404, message('User does not exist')],
  EMAIL_TAKEN: [409, message('Email already in use')],
  LOGIN_TAKEN: [409, message('Email already in use')],
  PROFILE_VALUE_TAKEN: [409, message('Profile value already in use')],
  VERSION_CONFLICT: [409, message('User was modified concurrently, retry the request')],
  ROLE_UNKNOWN: [400, '{"success":false,"message":"Invalid parameters","errors":{"role":["must be a role of this tenant"]}}'],
  ORGANIZATION_NOT_FOUND: [
    400,
    '{"success":false,"message":"Invalid parameters","errors":{"organization":["does not exist in this tenant"]}}',
  ],
  STORE_UNAVAILABLE: [503, message('Service unavailable')],
  API_KEY_NOT_FOUND: [500, message('Internal server error')],
  IMPORT_NOT_FOUND: [500, message('Internal server error')],
  GROUP_NOT_FOUND: [500, message('Internal server error')],
  GROUP_NAME_TAKEN: [500, message('Internal server error')],
  PRECONDITION_FAILED: [500, message('Internal server error')],
  TENANT_NOT_EMPTY: [500, message('Internal server error')],
  TENANT_NAME_TAKEN: [500, message('Internal server error')],
  WEBHOOK_URL_REFUSED: [500, message('Internal server error')],
  WEBHOOK_ENDPOINT_NOT_FOUND: [500, message('Internal server error')],
  WEBHOOK_DELIVERY_NOT_FOUND: [500, message('Internal server error')],
  BOOTSTRAP_INVALID: [500, message('Internal server error')],
  CONFIGURATION_INVALID: [500, message('Internal server error')],
  STORE_INTEGRITY: [500, message('Internal server error')],
  INTERNAL: [500, message('Internal server error')],
};

describe('rest-v1 error table', () => {
  it.each(Object.entries(EXPECTED))('%s → %s', (code, [status, body]) => {
    const response = answer(new RosterError(code as ErrorCode, 'a detail that must not leak'));
    expect(response).toEqual({ status, body, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  });

  it('covers every core error code', () => {
    const tested = [...Object.keys(EXPECTED), 'VALIDATION_FAILED', 'RATE_LIMITED'];
    expect(tested.sort()).toEqual([...ERROR_CODES].sort());
  });

  it('lists validation issues by wire field, firstName and lastName as name, once each', () => {
    const error = validationError([
      { field: 'email', message: 'must be a valid e-mail address' },
      { field: 'firstName', message: 'must be a string of at most 255 characters' },
      { field: 'lastName', message: 'must be a string of at most 255 characters' },
      { field: 'email', message: 'is taken' },
    ]);
    expect(answer(error).status).toBe(400);
    expect(answer(error).body).toBe(
      '{"success":false,"message":"Invalid parameters","errors":{"email":["must be a valid e-mail address","is taken"],"name":["must be a string of at most 255 characters"]}}',
    );
  });

  it('keeps a field named __proto__ as an ordinary key', () => {
    const body = answer(validationError([{ field: '__proto__', message: 'is not allowed' }])).body;
    expect(body).toBe('{"success":false,"message":"Invalid parameters","errors":{"__proto__":["is not allowed"]}}');
  });

  it('answers RATE_LIMITED with 429 and Retry-After', () => {
    const response = answer(new RosterError('RATE_LIMITED', 'slow down', { retryAfterSeconds: 41.2 }));
    expect(response.status).toBe(429);
    expect(response.body).toBe(message('Rate limit exceeded'));
    expect(response.headers['Retry-After']).toBe('42');
  });
});
