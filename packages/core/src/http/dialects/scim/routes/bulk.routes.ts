import type { Dialect, RosterRequest, RosterResponse } from '../../../http.types';
import { provisioning, type ScimContext } from '../scim.context';
import { BULK_RESPONSE_SCHEMA, bulkRequestOf, resolvedData, resolvedPath, UnresolvedBulkId, type BulkOperation } from '../scim-bulk';
import { bodyOf } from '../scim-query';
import { scimError, scimResponse } from '../scim.responses';

/** The routes a bulk operation may reach: POST on a collection, the others on one resource. */
const COLLECTION = /^\/(?:Users|Groups)$/;
const RESOURCE = /^\/(?:Users|Groups)\/[^/]+$/;

/** One operation's entry of the BulkResponse (RFC 7644 §3.7.3). */
interface BulkResult {
  readonly method: string;
  readonly bulkId?: string;
  readonly location?: string;
  readonly version?: string;
  readonly status: string;
  readonly response?: unknown;
}

const parsed = (response: RosterResponse): unknown => {
  const text = response.body.toString();
  return text === '' ? undefined : (JSON.parse(text) as unknown);
};

/**
 * POST /Bulk (RFC 7644 §3.7): the operations in order, each answered by the dialect's own route for
 * its method and path (`respond`, the same handler, services, rules and error table as the single
 * request), with the bulk request's key, `version` as its `If-Match`, and `bulkId:` references in its
 * path and data replaced by the ids earlier POSTs created. A body over `maxPayloadSize` or more than
 * `maxOperations` operations: 413 before any operation runs. `failOnErrors`: the operations after
 * that many errors are not run (and not answered).
 */
export function bulkRoutes(context: ScimContext, dialect: () => Pick<Dialect, 'match' | 'respond'>) {
  const { base, bulk: limits } = context;

  const failed = (operation: BulkOperation, response: RosterResponse): BulkResult => ({
    method: operation.method,
    ...(operation.bulkId === undefined ? {} : { bulkId: operation.bulkId }),
    status: String(response.status),
    response: parsed(response),
  });

  async function run(operation: BulkOperation, created: Map<string, string>, request: RosterRequest): Promise<BulkResult> {
    let path: string;
    let data: unknown;
    try {
      path = resolvedPath(operation.path, created);
      data = operation.data === undefined ? undefined : resolvedData(operation.data, created);
    } catch (error) {
      if (error instanceof UnresolvedBulkId) return failed(operation, scimError(409, error.message));
      throw error;
    }
    const reachable = operation.method === 'POST' ? COLLECTION.test(path) : RESOURCE.test(path);
    const found = reachable ? dialect().match(operation.method, path) : null;
    if (found === null) {
      const detail = 'path must be /Users or /Groups for a POST, /Users/{id} or /Groups/{id} otherwise';
      return failed(operation, scimError(400, detail, 'invalidPath'));
    }
    const headers: Record<string, string> = { 'content-type': 'application/scim+json' };
    if (request.headers['authorization'] !== undefined) headers['authorization'] = request.headers['authorization'];
    if (operation.version !== undefined) headers['if-match'] = operation.version;
    const body = data === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(data));
    const sub: RosterRequest = {
      method: operation.method,
      path,
      query: {},
      headers,
      body,
      ...(request.clientAddress === undefined ? {} : { clientAddress: request.clientAddress }),
    };
    const response = await dialect().respond(found, sub);
    if (response.status >= 300) return failed(operation, response);
    const resource = parsed(response) as { id?: unknown } | undefined;
    if (operation.bulkId !== undefined && typeof resource?.id === 'string') created.set(operation.bulkId, resource.id);
    const location = response.headers['Location'] ?? (operation.method === 'POST' ? undefined : `${base}${path}`);
    const version = response.headers['ETag'];
    return {
      method: operation.method,
      ...(operation.bulkId === undefined ? {} : { bulkId: operation.bulkId }),
      ...(location === undefined ? {} : { location }),
      ...(version === undefined ? {} : { version }),
      status: String(response.status),
    };
  }

  const bulk = provisioning(context, async (_actor, _tenant, { request }) => {
    if (request.body.length > limits.maxPayloadSize) {
      return scimError(413, `The bulk request is larger than maxPayloadSize (${limits.maxPayloadSize} bytes)`);
    }
    const sent = bulkRequestOf(bodyOf(request));
    if (sent.operations.length > limits.maxOperations) {
      return scimError(413, `The bulk request has more than maxOperations (${limits.maxOperations}) operations`);
    }
    const created = new Map<string, string>();
    const results: BulkResult[] = [];
    let errors = 0;
    for (const operation of sent.operations) {
      if (sent.failOnErrors !== undefined && errors >= sent.failOnErrors) break;
      const result = await run(operation, created, request);
      if (Number(result.status) >= 400) errors += 1;
      results.push(result);
    }
    return scimResponse(200, { schemas: [BULK_RESPONSE_SCHEMA], Operations: results });
  });

  return { bulk };
}
