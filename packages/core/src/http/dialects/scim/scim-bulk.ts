import { validationError } from '../../../errors';

export const BULK_REQUEST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
export const BULK_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:BulkResponse';

/** The methods a bulk operation may use (RFC 7644 §3.7). */
const METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** One operation of a BulkRequest, as sent (its `data` still holding `bulkId:` references). */
export interface BulkOperation {
  readonly method: string;
  readonly path: string;
  readonly bulkId?: string;
  readonly version?: string;
  readonly data?: unknown;
}

export interface BulkRequest {
  /** Errors accepted before the remaining operations are skipped; absent: none are skipped. */
  readonly failOnErrors?: number;
  readonly operations: readonly BulkOperation[];
}

const syntax = (message: string) => validationError([{ field: 'body', message }]);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalText = (operation: Record<string, unknown>, name: string, index: number): string | undefined => {
  const value = operation[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw syntax(`Operations[${index}].${name} must be a non-empty string`);
  return value;
};

/**
 * The BulkRequest of a body (RFC 7644 §3.7): its schema, `Operations` (each with `method`, `path`,
 * `bulkId` (unique, required on POST), `version`, `data`) and `failOnErrors` (an integer of 1 or
 * more). Whatever else is wrong with it: VALIDATION_FAILED on `body` (400 invalidSyntax).
 */
export function bulkRequestOf(body: Record<string, unknown>): BulkRequest {
  const schemas = body['schemas'];
  if (!Array.isArray(schemas) || !schemas.includes(BULK_REQUEST_SCHEMA)) throw syntax(`schemas must list ${BULK_REQUEST_SCHEMA}`);
  const failOnErrors = body['failOnErrors'];
  if (failOnErrors !== undefined && (typeof failOnErrors !== 'number' || !Number.isSafeInteger(failOnErrors) || failOnErrors < 1)) {
    throw syntax('failOnErrors must be an integer of 1 or more');
  }
  const sent = body['Operations'];
  if (!Array.isArray(sent)) throw syntax('Operations must be a list');
  const bulkIds = new Set<string>();
  const operations = sent.map((operation: unknown, index): BulkOperation => {
    if (!isObject(operation)) throw syntax(`Operations[${index}] must be an object`);
    const method = typeof operation['method'] === 'string' ? operation['method'].toUpperCase() : '';
    if (!METHODS.has(method)) throw syntax(`Operations[${index}].method must be POST, PUT, PATCH or DELETE`);
    const path = optionalText(operation, 'path', index);
    if (!path?.startsWith('/')) throw syntax(`Operations[${index}].path must be a path such as /Users`);
    const bulkId = optionalText(operation, 'bulkId', index);
    if (method === 'POST' && bulkId === undefined) throw syntax(`Operations[${index}].bulkId is required on POST`);
    if (bulkId !== undefined && bulkIds.has(bulkId)) throw syntax(`Operations[${index}].bulkId ${bulkId} is not unique`);
    if (bulkId !== undefined) bulkIds.add(bulkId);
    const version = optionalText(operation, 'version', index);
    const data = operation['data'];
    if (method !== 'DELETE' && !isObject(data)) throw syntax(`Operations[${index}].data must be an object`);
    return {
      method,
      path,
      ...(bulkId === undefined ? {} : { bulkId }),
      ...(version === undefined ? {} : { version }),
      ...(data === undefined ? {} : { data }),
    };
  });
  return { ...(failOnErrors === undefined ? {} : { failOnErrors }), operations };
}

const REFERENCE = /^bulkId:(.+)$/;

/** A `bulkId:` reference that names no resource created earlier in the request. */
export class UnresolvedBulkId extends Error {
  constructor(readonly bulkId: string) {
    super(`bulkId:${bulkId} names no resource created by an earlier operation of this request`);
  }
}

/** `value` with every string `bulkId:<id>` replaced by the id that POST created (UnresolvedBulkId otherwise). */
export function resolvedData(value: unknown, created: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    const reference = REFERENCE.exec(value)?.[1];
    if (reference === undefined) return value;
    const id = created.get(reference);
    if (id === undefined) throw new UnresolvedBulkId(reference);
    return id;
  }
  if (Array.isArray(value)) return value.map((item) => resolvedData(item, created));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolvedData(item, created)]));
  return value;
}

/** The operation's path with a `bulkId:<id>` segment (`/Users/bulkId:qwerty`) replaced by the created id. */
export function resolvedPath(path: string, created: ReadonlyMap<string, string>): string {
  return path
    .split('/')
    .map((segment) => {
      const decoded = segment.startsWith('bulkId%3A') ? `bulkId:${segment.slice('bulkId%3A'.length)}` : segment;
      const resolved = resolvedData(decoded, created) as string;
      return resolved === decoded ? segment : encodeURIComponent(resolved);
    })
    .join('/');
}
