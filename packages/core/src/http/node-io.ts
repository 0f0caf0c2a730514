import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { normalizeHeaders } from './headers';
import type { RosterRequest, RosterResponse } from './http.types';
import { MAX_BODY_BYTES } from './limits';

/**
 * Node-level I/O shared by every adapter that sits on Node's http server (Express, NestJS on
 * Express or Fastify): reading the raw body with a limit, building the neutral request, and
 * writing the neutral response byte for byte.
 */

export interface RawBody {
  readonly body: Buffer;
  readonly tooLarge: boolean;
}

/**
 * Reads a request stream to its end. Past `limit` bytes it stops buffering but keeps draining,
 * so the client still receives the 413 that follows.
 */
export function readRawBody(stream: Readable, limit: number = MAX_BODY_BYTES): Promise<RawBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    stream.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
      } else chunks.push(chunk);
    });
    stream.on('end', () => resolve({ body: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge }));
    stream.on('error', reject);
  });
}

export interface NodeRequestParts {
  /** The path below the dialect's mount point. */
  readonly path: string;
  readonly rawBody: RawBody;
  readonly clientAddress?: string;
}

/** The neutral request for a Node request; the query is read from `req.url`. */
export function toRosterRequest(req: IncomingMessage, parts: NodeRequestParts): RosterRequest {
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: parts.path,
    query: parseQuery(req.url ?? ''),
    headers: normalizeHeaders(req.headers),
    body: parts.rawBody.body,
    bodyTooLarge: parts.rawBody.tooLarge,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a request whose socket is gone (or a bare IncomingMessage) has none, though typed Socket
    clientAddress: parts.clientAddress ?? req.socket?.remoteAddress,
  };
}

/**
 * Writes status, headers and the exact body; nothing is added but Content-Length (never on a
 * 204 or 304, which have no body: RFC 9110 §8.6).
 */
export function writeRosterResponse(res: ServerResponse, response: RosterResponse): void {
  const body = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : response.body;
  const bodiless = response.status === 204 || response.status === 304;
  res.writeHead(response.status, bodiless ? response.headers : { ...response.headers, 'Content-Length': String(body.length) });
  res.end(bodiless ? undefined : body);
}

function parseQuery(url: string): Record<string, string | string[]> {
  const question = url.indexOf('?');
  const query: Record<string, string | string[]> = {};
  if (question < 0) return query;
  for (const [key, value] of new URLSearchParams(url.slice(question + 1))) {
    const seen = query[key];
    if (seen === undefined) query[key] = value;
    else query[key] = Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return query;
}
