import type { RosterResponse } from '../../http.types';
import { jsonResponse } from '../../responses';
import { requiredMessage } from './validation/laravel-rules';
import type { ValidationErrors } from './validation/user-input.validator';

/** The objective dialect's wire answers (docs/dialects/objective.md), built in one place. */

/** Authentication and permission failures: the document shows an empty object. */
export const forbidden = (): RosterResponse => jsonResponse(403, {});

export const userNotFound = (): RosterResponse => jsonResponse(404, { error: 'User not found' });

/**
 * Laravel's answer for a path without a route: `$request->path()`, i.e. the raw path (not
 * URL-decoded) without its surrounding slashes, `/` for the root.
 */
export function routeNotFound(rawPath: string): RosterResponse {
  const path = rawPath.replace(/^\/+|\/+$/g, '') || '/';
  return jsonResponse(404, { message: `The route ${path} could not be found.` });
}

export const validationFailed = (errors: ValidationErrors): RosterResponse =>
  jsonResponse(422, { message: 'The given data was invalid.', errors });

/** A body that is not a JSON object (or is nested too deep): Laravel sees no input at all. */
export const invalidBody = (): RosterResponse => validationFailed({ email: [requiredMessage('email')] });

export const emailTaken = (): RosterResponse => validationFailed({ email: ['The email has already been taken.'] });

export const payloadTooLarge = (): RosterResponse => jsonResponse(413, { message: 'Payload too large' });

export const created = (userId: number): RosterResponse => jsonResponse(201, { message: 'User created successfully', user_id: userId });

export const updated = (): RosterResponse => jsonResponse(200, { message: 'User updated successfully' });
