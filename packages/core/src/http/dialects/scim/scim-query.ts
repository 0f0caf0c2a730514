import { validationError } from '../../../errors';
import type { RosterRequest } from '../../http.types';
import { parseJsonObject } from '../../json-body';

const bodyIssue = (message: string) => validationError([{ field: 'body', message }]);

/** The JSON object a write sends (400 invalidSyntax otherwise). */
export function bodyOf(request: RosterRequest): Record<string, unknown> {
  const parsed = parseJsonObject(request.body);
  if (!parsed.ok) throw bodyIssue(parsed.reason === 'empty' ? 'the request has no body' : 'the body is not a JSON object');
  return parsed.value;
}

/** A query parameter given at most once. */
export function queryText(request: RosterRequest, name: string): string | undefined {
  const value = request.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw validationError([{ field: name, message: 'must be given once' }]);
  return value;
}

/** `startIndex` / `count`: an integer, raised to `min` (RFC 7644 §3.4.2.4). */
export function positiveInteger(request: RosterRequest, name: string, fallback: number, min: number): number {
  const text = queryText(request, name);
  if (text === undefined || text === '') return fallback;
  if (!/^-?[0-9]{1,9}$/.test(text)) throw validationError([{ field: name, message: 'must be an integer' }]);
  return Math.max(min, Number(text)); // RFC 7644 §3.4.2.4: below 1 is taken as 1 (startIndex), as 0 (count)
}
