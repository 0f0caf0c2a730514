import { createHash } from 'node:crypto';
import type { RosterResponse } from '../../http.types';
import { jsonResponse } from '../../responses';

/**
 * CourseLit answers request and auth failures with `{"message":…}` and failures while writing
 * with `{"error":…}`; clients test `!body.error`, so an answer never carries both keys.
 */
export const message = (status: number, text: string, headers: Readonly<Record<string, string>> = {}): RosterResponse =>
  jsonResponse(status, { message: text }, headers);
export const error = (status: number, text: string): RosterResponse => jsonResponse(status, { error: text });

export const BAD_REQUEST = message(400, 'Bad request');
export const DOMAIN_NOT_FOUND = message(404, 'Domain not found');
export const INVALID_EMAIL = message(400, 'Invalid email format');
export const INVALID_PERMISSION = message(400, 'Invalid permission');
export const UNAUTHORIZED = message(401, 'Unauthorized');
export const FORBIDDEN = message(403, 'Forbidden');
export const USER_NOT_FOUND = error(404, 'User not found');
export const INTERNAL_ERROR = error(500, 'An internal error occurred. Please try again.');

/** Success: the MD5 hex digest of the e-mail exactly as the client sent it. */
export function emailDigest(email: string): RosterResponse {
  return jsonResponse(200, { email: createHash('md5').update(email, 'utf8').digest('hex') });
}
