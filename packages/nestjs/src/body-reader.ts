import type { IncomingMessage, ServerResponse } from 'node:http';
import { startNodeBodyRead } from '@roster/core/http';
import type { MountedMatch, RosterPaths } from './roster-paths';

const MATCHED = Symbol.for('roster.nestjs.match');

type RosterIncoming = IncomingMessage & { [MATCHED]?: MountedMatch | null; _body?: boolean };

/**
 * Express middleware, installed ahead of every body parser, that matches each request once and
 * keeps the match for the generated handler (`takeMatch`). For a matched request it reads the raw
 * body to its end (core's node-body) before passing it on, so that each dialect gets the exact
 * bytes: CourseLit parses JSON whatever the Content-Type, and invalid JSON must get the dialect's
 * answer rather than the parser's 400. The parsers then skip the request: body-parser 2
 * (Express 5) because the stream has ended, body-parser 1 (Express 4) because of its `_body`
 * flag. An unmatched request goes on with its stream untouched.
 */
export function createBodyReader(paths: RosterPaths, limit: number) {
  return function rosterBodyReader(req: RosterIncoming, _res: ServerResponse, next: () => void): void {
    const found = paths.match(req.method ?? 'GET', urlPath(req));
    req[MATCHED] = found;
    // A stream some earlier parser already consumed is left to readNodeBody's fallback (req.body).
    if (found === null || !req.readable || req.readableEnded) {
      next();
      return;
    }
    req._body = true;
    // A failed read is the handler's to report (RosterRequestFailure); the request goes on.
    startNodeBodyRead(req, limit).then(
      () => next(),
      () => next(),
    );
  };
}

/**
 * The match the body reader made for this request, when it is mount `index`'s; otherwise the
 * lookup, made here (the reader did not run, or found another mount first), or null when the
 * reader already found that no mount serves the request.
 */
export function takeMatch(req: IncomingMessage, paths: RosterPaths, index: number): MountedMatch | null {
  const carrier = req as RosterIncoming;
  if (MATCHED in carrier) {
    const found = carrier[MATCHED];
    if (found === null || found === undefined) return null;
    if (found.index === index) return found;
  }
  return paths.match(req.method ?? 'GET', urlPath(req), index);
}

/** The request's path within the application, without the query string. */
export function urlPath(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const question = url.indexOf('?');
  return question < 0 ? url : url.slice(0, question);
}
