import type { IncomingMessage, ServerResponse } from 'node:http';
import { toRosterRequest, writeRosterResponse } from '@roster/core/http';
import { rawBodyOf, urlPath, type ReadBody } from './body-reader';
import type { RosterHttp } from './roster-http';
import { RosterRequestFailure } from './roster-request.failure';

type Request = IncomingMessage & { ip?: string };
type Handler = (this: { readonly http: RosterHttp }, req: Request, res: ServerResponse, next: () => void) => Promise<void>;

/**
 * The body of every generated route of mount `index`: the request goes to the dialect as a
 * neutral RosterRequest, its answer comes back byte for byte. A path the dialect does not
 * serve (a case variant Express let through) goes on to the host's 404, as on Express.
 */
export function createRouteHandler(index: number): Handler {
  return async function (req, res, next) {
    const http = this.http;
    const path = http.paths.below(index, urlPath(req));
    if (path === null) return next();
    let rawBody: ReadBody;
    try {
      rawBody = await rawBodyOf(req, http.bodyLimit);
    } catch (error) {
      throw new RosterRequestFailure('read', error);
    }
    if (rawBody.fromParser) http.parsedBodyUsed();
    const response = await http.dialects[index]!.handle(toRosterRequest(req, { path, rawBody, clientAddress: req.ip }));
    if (response === null) return next();
    try {
      writeRosterResponse(res, response);
    } catch (error) {
      throw new RosterRequestFailure('write', error);
    }
  };
}
