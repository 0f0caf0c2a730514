import { validationError } from '../../errors';
import type { RosterRequest } from '../http.types';
import { parseJsonObject } from '../json-body';
import { MAX_JSON_DEPTH } from '../limits';

const REASONS = {
  empty: 'must be a JSON object',
  not_object: 'must be a JSON object',
  invalid: 'must be valid JSON',
  too_deep: `must not be nested deeper than ${MAX_JSON_DEPTH} levels`,
} as const;

/** The request body as a JSON object (whatever the Content-Type), or VALIDATION_FAILED on `body`. */
export function readJsonObject(request: RosterRequest): Record<string, unknown> {
  const parsed = parseJsonObject(request.body);
  if (!parsed.ok) throw validationError([{ field: 'body', message: REASONS[parsed.reason] }]);
  return parsed.value;
}
