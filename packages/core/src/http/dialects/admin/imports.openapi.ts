import { IMPORT_ERRORS_KEPT } from '../../../ports';
import { closedObject } from '../../openapi/openapi-answers';
import type { RouteApiDescription } from '../../openapi/openapi.types';
import {
  idempotencyKey,
  inFlight,
  invalid,
  json,
  keyed,
  O,
  P,
  pathId,
  problems,
  query,
  requestId,
  reused,
  tooLarge,
} from './admin.openapi-answers';
import { nullable, timestamp } from './admin.openapi-schemas';

const count = (description: string) => ({ type: 'integer', minimum: 0, description });
const ROW_ERROR = closedObject(
  {
    line: { type: 'integer', minimum: 1, description: 'The line of the file (1 is the first; the CSV header is line 1)' },
    field: nullable('string', { description: 'The column or field at fault, when one is' }),
    code: { type: 'string', description: 'An error code (EMAIL_TAKEN, VALIDATION_FAILED, UNREADABLE, SEAT_LIMIT_REACHED…)' },
    message: { type: 'string' },
  },
  ['line', 'field', 'code', 'message'],
);
const importProperties = {
  id: { type: 'string', description: 'The job’s `imp_` id' },
  status: { type: 'string', enum: ['validating', 'running', 'done', 'failed'] },
  format: { type: 'string', enum: ['csv', 'ndjson'] },
  validate_only: { type: 'boolean' },
  rows: count('The rows of the file'),
  created: count('Users created so far (0 when validate_only)'),
  failed: count('Rows refused so far'),
  mark: count('The last line committed: a resumed job carries on after it'),
  errors: { type: 'array', items: ROW_ERROR, maxItems: IMPORT_ERRORS_KEPT, description: `The first ${IMPORT_ERRORS_KEPT} row errors` },
  created_at: timestamp,
  updated_at: timestamp,
};
export const IMPORT = closedObject(importProperties, Object.keys(importProperties));

const notFound = { 404: problems('No such import in the key’s tenant', P.IMPORT_NOT_FOUND) };

/** The bulk import routes' descriptions, part of ADMIN_API (admin.openapi.ts). */
export const IMPORTS_API: Readonly<Record<'createImport' | 'getImport', RouteApiDescription>> = {
  createImport: {
    summary: 'Start a bulk import of users from a CSV or NDJSON file (a background job)',
    description:
      'The columns are those `roster user export` writes; each row is created as `POST /users` would, in batches of 500. Poll the job’s Location for progress and row errors.',
    security: ['bearer'],
    parameters: [
      requestId,
      idempotencyKey,
      query(
        'validate_only',
        { type: 'string', enum: ['true', 'false'] },
        'true: check every row (rules, uniqueness, seats) and create nobody',
      ),
    ],
    requestBody: {
      type: 'text/csv',
      alsoTypes: ['application/x-ndjson'],
      schema: { type: 'string' },
      required: true,
      description: 'CSV with a header row, or one JSON object per line; at most 1 MiB',
    },
    responses: {
      202: json('The job, started', IMPORT, { Location: { description: 'The job’s URL', schema: { type: 'string' } } }),
      ...invalid,
      ...keyed,
      ...inFlight('The Idempotency-Key’s first request still runs'),
      ...reused,
      ...tooLarge,
      415: problems('The body is neither text/csv nor application/x-ndjson', O.UNSUPPORTED_MEDIA_TYPE),
    },
  },
  getImport: {
    summary: 'A bulk import job: its progress and row errors',
    security: ['bearer'],
    parameters: [pathId('The job’s `imp_` id'), requestId],
    responses: { 200: json('The job', IMPORT), ...keyed, ...notFound },
  },
};
