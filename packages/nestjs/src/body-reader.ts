import type { IncomingMessage, ServerResponse } from 'node:http';
import { readRawBody, type RawBody } from '@roster/core/http';
import type { RosterPaths } from './roster-paths';

const RAW_BODY = Symbol.for('roster.nestjs.rawBody');

type RosterIncoming = IncomingMessage & { [RAW_BODY]?: Promise<RawBody>; _body?: boolean; body?: unknown };

/**
 * Express middleware, installed ahead of every body parser, that reads the raw body of requests
 * for Roster's routes (and only those) to its end before passing them on, so that each dialect
 * gets the exact bytes: CourseLit parses JSON whatever the Content-Type, and invalid JSON must
 * get the dialect's answer rather than the parser's 400. The parsers then skip the request:
 * body-parser 2 (Express 5) because the stream has ended, body-parser 1 (Express 4) because of
 * its `_body` flag.
 */
export function createBodyReader(paths: RosterPaths, limit: number) {
  return function rosterBodyReader(req: RosterIncoming, _res: ServerResponse, next: () => void): void {
    // A stream some earlier parser already consumed is left to rawBodyOf's fallback.
    if (!req.readable || req.readableEnded || !paths.isRosterPath(urlPath(req))) return next();
    const reading = readRawBody(req, limit);
    req[RAW_BODY] = reading;
    req._body = true;
    // A failed read is the handler's to report (RosterRequestFailure); the request goes on.
    reading.then(
      () => next(),
      () => next(),
    );
  };
}

export interface ReadBody extends RawBody {
  /** True when a body parser had consumed the stream first and its `req.body` was used. */
  readonly fromParser: boolean;
}

/**
 * The body for the dialect: the one the reader captured; or the stream itself when the reader
 * did not run; or, when a parser mounted before Roster consumed the stream, what it left in
 * `req.body` (re-serialised: the original bytes are lost, see README).
 */
export async function rawBodyOf(req: RosterIncoming, limit: number): Promise<ReadBody> {
  const early = req[RAW_BODY];
  if (early !== undefined) return { ...(await early), fromParser: false };
  if (req.readable && !req.readableEnded) return { ...(await readRawBody(req, limit)), fromParser: false };
  const parsed = req.body;
  const body =
    parsed === undefined || parsed === null
      ? Buffer.alloc(0)
      : Buffer.isBuffer(parsed)
        ? parsed
        : Buffer.from(typeof parsed === 'string' ? parsed : (JSON.stringify(parsed) ?? ''), 'utf8');
  const tooLarge = body.length > limit;
  return { body: tooLarge ? Buffer.alloc(0) : body, tooLarge, fromParser: true };
}

/** The request's path within the application, without the query string. */
export function urlPath(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const question = url.indexOf('?');
  return question < 0 ? url : url.slice(0, question);
}
