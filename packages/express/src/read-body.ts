import type { IncomingMessage } from 'node:http';
import { readRawBody, type RawBody } from '@roster/core/http';

export interface RequestBody extends RawBody {
  /** True when a host body parser had already consumed the stream and its `req.body` was used. */
  readonly fromParser: boolean;
}

type BodyCarrier = IncomingMessage & { body?: unknown };

/**
 * The raw request body, at most `limit` bytes (past it: `tooLarge`, nothing kept, the stream
 * drained so the 413 reaches the client). If a host body parser already consumed the stream,
 * what it left in `req.body` is used instead.
 */
export async function readBody(req: BodyCarrier, limit: number): Promise<RequestBody> {
  if (!req.readableEnded && req.readable) return { ...(await readRawBody(req, limit)), fromParser: false };
  return fromParsedBody(req.body, limit);
}

/**
 * Buffer and string bodies (express.raw, express.text) are used as they are. An object
 * (express.json, express.urlencoded) can only be re-serialised with JSON.stringify: the
 * original bytes are lost, and a form body turns into JSON. Hence: mount Roster before
 * body parsers.
 */
function fromParsedBody(parsed: unknown, limit: number): RequestBody {
  let body: Buffer;
  if (parsed === undefined || parsed === null) body = Buffer.alloc(0);
  else if (Buffer.isBuffer(parsed)) body = parsed;
  else if (typeof parsed === 'string') body = Buffer.from(parsed, 'utf8');
  else body = Buffer.from(JSON.stringify(parsed) ?? '', 'utf8');
  const tooLarge = body.length > limit;
  return { body: tooLarge ? Buffer.alloc(0) : body, tooLarge, fromParser: true };
}
