import type { IncomingMessage, ServerResponse } from 'node:http';
import { readNodeBody, toRosterRequest, writeRosterResponse, type NodeBody } from '@roster/core/http';
import { takeMatch } from './body-reader';
import type { RosterHttp } from './roster-http';
import { RosterRequestFailure } from './roster-request.failure';

type Request = IncomingMessage & { ip?: string };
type Handler = (this: { readonly http: RosterHttp }, req: Request, res: ServerResponse, next: () => void) => Promise<void>;

/**
 * The body of every generated route of mount `index`: the request goes to the dialect as a
 * neutral RosterRequest with the match the body reader made, its answer comes back byte for
 * byte. A path the dialect does not serve (a case variant Express let through) goes on to the
 * host's 404, as on Express.
 */
export function createRouteHandler(index: number): Handler {
  return async function (req, res, next) {
    const http = this.http;
    const found = takeMatch(req, http.paths, index);
    if (found === null) {
      next();
      return;
    }
    let rawBody: NodeBody;
    try {
      rawBody = await readNodeBody(req, http.bodyLimit);
    } catch (error) {
      throw new RosterRequestFailure('read', error);
    }
    if (rawBody.fromParser) http.parsedBodyUsed();
    const request = toRosterRequest(req, { path: found.path, rawBody, clientAddress: req.ip });
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- index is where paths.find matched, one matcher per dialect
    const response = await http.dialects[index]!.respond(found.match, request);
    try {
      writeRosterResponse(res, response);
    } catch (error) {
      throw new RosterRequestFailure('write', error);
    }
  };
}
