import type { FieldIssue } from '../../../errors';
import type { RosterResponse } from '../../http.types';
import { jsonResponse } from '../../responses';

type Headers = Readonly<Record<string, string>>;

/** `{"success":false,"message":…}`: the shape of every rest-v1 error. */
export function failure(status: number, message: string, headers: Headers = {}): RosterResponse {
  return jsonResponse(status, { success: false, message }, headers);
}

/** Core field names that the wire calls otherwise: rest-v1 writes a single `name`. */
const WIRE_FIELDS: Readonly<Record<string, string>> = { firstName: 'name', lastName: 'name' };

/** 400 `{"success":false,"message":"Invalid parameters","errors":{"<field>":["<what is wrong>"]}}`. */
export function invalidParameters(issues: readonly FieldIssue[]): RosterResponse {
  // A Map, then fromEntries: a field literally named `__proto__` stays an own key.
  const errors = new Map<string, string[]>();
  for (const { field, message } of issues) {
    const wire = Object.hasOwn(WIRE_FIELDS, field) ? (WIRE_FIELDS[field] ?? field) : field;
    const messages = errors.get(wire) ?? [];
    if (!messages.includes(message)) messages.push(message);
    errors.set(wire, messages);
  }
  return jsonResponse(400, { success: false, message: 'Invalid parameters', errors: Object.fromEntries(errors) });
}

/** Adds headers to an answer (rate-limit headers on every answer of an authenticated key). */
export function withHeaders(response: RosterResponse, headers: Headers): RosterResponse {
  return { ...response, headers: { ...response.headers, ...headers } };
}
