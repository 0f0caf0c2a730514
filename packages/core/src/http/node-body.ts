import type { IncomingMessage } from 'node:http';
import { MAX_BODY_BYTES } from './limits';
import { readRawBody, type RawBody } from './node-io';

/**
 * The one body reader of every Node adapter (Express, NestJS). An adapter calls it only for a
 * request a dialect matched: an unmatched request keeps its stream for the host.
 */

export interface NodeBody extends RawBody {
  /** True when a host body parser had consumed the stream first and what it left in `req.body` was used. */
  readonly fromParser: boolean;
}

const EARLY_READ = Symbol.for('roster.http.earlyBodyRead');

type BodyCarrier = IncomingMessage & { body?: unknown; [EARLY_READ]?: Promise<RawBody> };

/**
 * Starts reading the stream now and keeps the read for `readNodeBody`: for an adapter that must
 * take the bytes before the host's body parsers run (NestJS), long before its handler does.
 */
export function startNodeBodyRead(req: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<RawBody> {
  const carrier = req as BodyCarrier;
  carrier[EARLY_READ] ??= readRawBody(req, limit);
  return carrier[EARLY_READ];
}

/**
 * The raw body, at most `limit` bytes (past it: `tooLarge`, nothing kept, the stream drained so
 * the dialect's 413 reaches the client): the read `startNodeBodyRead` began; else the stream
 * itself; else, when a host body parser already consumed it, what the parser left in `req.body`.
 */
export async function readNodeBody(req: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<NodeBody> {
  const carrier = req as BodyCarrier;
  const early = carrier[EARLY_READ];
  if (early !== undefined) return { ...(await early), fromParser: false };
  if (req.readable && !req.readableEnded) return { ...(await readRawBody(req, limit)), fromParser: false };
  return fromParsedBody(carrier.body, limit);
}

/**
 * Buffer and string bodies (express.raw, express.text) are used as they are. An object
 * (express.json, express.urlencoded) can only be re-serialised with JSON.stringify: the original
 * bytes are lost, and a form body turns into JSON. Hence: mount Roster before body parsers.
 */
function fromParsedBody(parsed: unknown, limit: number): NodeBody {
  let body: Buffer;
  if (parsed === undefined || parsed === null) body = Buffer.alloc(0);
  else if (Buffer.isBuffer(parsed)) body = parsed;
  else if (typeof parsed === 'string') body = Buffer.from(parsed, 'utf8');
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify answers undefined for a function or symbol, though typed string
  else body = Buffer.from(JSON.stringify(parsed) ?? '', 'utf8');
  const tooLarge = body.length > limit;
  return { body: tooLarge ? Buffer.alloc(0) : body, tooLarge, fromParser: true };
}
