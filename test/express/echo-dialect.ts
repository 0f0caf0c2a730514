import { ERROR_CODES, type Logger } from '@roster/core';
import { createDialect, emptyResponse, jsonResponse, textResponse, type Dialect, type ErrorTable } from '@roster/core/http';

const silent: Logger = { info: () => {}, warn: () => {}, error: () => {} };

const errors = Object.fromEntries(ERROR_CODES.map((code) => [code, () => textResponse(500, code)])) as unknown as ErrorTable;

/**
 * A dialect that answers with what it was given, so adapter tests see the neutral request the
 * adapter built: method, path, params, query, headers, body (base64) and client address.
 */
export function createEchoDialect(prefix = ''): Dialect {
  return createDialect({
    name: 'echo',
    prefix,
    errors,
    logger: silent,
    payloadTooLarge: textResponse(413, 'too large'),
    routes: [
      {
        method: 'POST',
        path: '/echo/:id',
        name: 'echo',
        handle: async ({ request, params }) =>
          jsonResponse(200, {
            method: request.method,
            path: request.path,
            params,
            query: { ...request.query },
            headers: request.headers,
            body: request.body.toString('base64'),
            clientAddress: request.clientAddress,
          }),
      },
      { method: '*', path: '/echo/:id', name: 'echoOther', handle: async () => emptyResponse(405, { Allow: 'POST' }) },
      {
        method: 'GET',
        path: '/bytes',
        name: 'bytes',
        handle: async () => ({
          status: 201,
          headers: { 'Content-Type': 'application/octet-stream', 'X-Custom': 'custom value' },
          body: Buffer.from([0x00, 0xff, 0x01]),
        }),
      },
    ],
  });
}
