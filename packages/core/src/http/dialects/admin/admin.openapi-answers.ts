import type { AnswerDescription, JsonSchema, ParameterDescription } from '../../openapi/openapi.types';
import { closedObject, emptyAnswer, jsonAnswer, RETRY_AFTER } from '../../openapi/openapi-answers';
import { ADMIN_OWN_PROBLEMS, ADMIN_PROBLEMS } from './admin.errors';
import { PROBLEM_PROPERTIES, PROBLEM_REQUIRED, REQUEST_ID } from './admin.openapi-schemas';
import { problemType, type Problem } from './problem.response';

/** The answers, parameters and bodies the admin dialect's OpenAPI parts share (admin.openapi.ts, groups.openapi.ts, imports.openapi.ts, webhooks.openapi.ts). */

/** A problem answer listing the codes it may carry. */
export function problems(description: string, first: Problem, ...others: readonly Problem[]): AnswerDescription {
  const entries = [first, ...others];
  const example = { type: problemType(first.code), title: first.title, status: first.status, detail: `${first.title}.`, code: first.code };
  const schema = closedObject(
    { ...PROBLEM_PROPERTIES, code: { type: 'string', enum: entries.map((entry) => entry.code) } },
    PROBLEM_REQUIRED,
  );
  return {
    description,
    content: { type: 'application/problem+json', schema, example },
    headers: first.status === 429 ? { ...REQUEST_ID, ...RETRY_AFTER } : REQUEST_ID,
  };
}
export const json = (description: string, schema: JsonSchema, headers: AnswerDescription['headers'] = {}): AnswerDescription => ({
  ...jsonAnswer(description, schema, undefined),
  headers: { ...REQUEST_ID, ...headers },
});
export const noContent = emptyAnswer('Done', REQUEST_ID);

export const P = ADMIN_PROBLEMS;
export const base = {
  401: problems('No credential, or not one this route takes', P.UNAUTHENTICATED),
  500: problems('An unexpected failure (logged, never echoed)', P.INTERNAL),
  503: problems('The store is unavailable', P.STORE_UNAVAILABLE),
};
export const keyed = {
  ...base,
  403: problems(
    'The key lacks the permission, or ranks below the target',
    P.PERMISSION_DENIED,
    P.ROLE_ABOVE_ACTOR,
    P.TARGET_ABOVE_ACTOR,
    P.PERMISSION_NOT_HELD,
    P.OUT_OF_SCOPE,
    P.SEAT_LIMIT_REACHED,
  ),
};
export const operator = { ...base, 403: problems('A tenant key: tenants and maintenance are the operator’s', P.PERMISSION_DENIED) };
export const invalid = {
  400: problems(
    'The body or query is invalid; `errors` lists every wrong field',
    P.VALIDATION_FAILED,
    P.ROLE_UNKNOWN,
    P.ORGANIZATION_NOT_FOUND,
  ),
};
export const tooLarge = { 413: problems('A body over 1 MiB', ADMIN_OWN_PROBLEMS.PAYLOAD_TOO_LARGE) };
export const pathId = (description: string): ParameterDescription => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
export const ifMatch: ParameterDescription = {
  name: 'If-Match',
  in: 'header',
  description: 'An ETag of the user: the write is refused (412) when it has another; a tenant may require it (428)',
  schema: { type: 'string' },
};
export const requestId: ParameterDescription = {
  name: 'X-Request-Id',
  in: 'header',
  description: 'Echoed when 1 to 128 of A-Z a-z 0-9 . _ : @ + = / -',
  schema: { type: 'string' },
};
export const idempotencyKey: ParameterDescription = {
  name: 'Idempotency-Key',
  in: 'header',
  description:
    'Up to 255 printable ASCII characters (quoted or not): a retry with the same key and body replays the first success (Idempotent-Replayed: true), for 24 hours, per credential',
  schema: { type: 'string' },
};
export const O = ADMIN_OWN_PROBLEMS;
export const reused = { 422: problems('The Idempotency-Key was sent with another request', O.IDEMPOTENCY_KEY_REUSED) };
export const inFlight = (description: string, ...others: readonly Problem[]): Record<409, AnswerDescription> => ({
  409: problems(description, O.IDEMPOTENCY_KEY_IN_FLIGHT, ...others),
});
export const body = (schema: JsonSchema) => ({ type: 'application/json' as const, schema, required: true });
export const query = (name: string, schema: JsonSchema, description: string): ParameterDescription => ({
  name,
  in: 'query',
  schema,
  description,
});
