import { validationError } from '../../../../errors';
import type { RosterRequest } from '../../../http.types';
import { isJsonObject, parseJsonBody } from '../../../json-body';
import { MAX_JSON_DEPTH } from '../../../limits';

const REASONS = {
  empty: 'must be a JSON object',
  invalid: 'must be valid JSON',
  too_deep: `must not be nested deeper than ${MAX_JSON_DEPTH} levels`,
} as const;

/** The request body as a JSON object (whatever the Content-Type), or VALIDATION_FAILED on `body`. */
export function readJsonObject(request: RosterRequest): Record<string, unknown> {
  const parsed = parseJsonBody(request.body);
  if (!parsed.ok) throw validationError([{ field: 'body', message: REASONS[parsed.reason] }]);
  if (!isJsonObject(parsed.value)) throw validationError([{ field: 'body', message: REASONS.empty }]);
  return parsed.value;
}
