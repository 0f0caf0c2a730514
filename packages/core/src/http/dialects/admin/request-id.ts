import { randomUUID } from 'node:crypto';
import type { ResponseDecorator } from '../../create-dialect';
import type { RosterRequest } from '../../http.types';
import { own } from './own-header';

/** What a client's `X-Request-Id` may be to be echoed: 1 to 128 visible, unreserved characters. */
const SANE = /^[A-Za-z0-9._:@+=/-]{1,128}$/;

/** The request's id: the client's `X-Request-Id` when sane, else a new UUID. */
export function requestIdOf(request: RosterRequest, known: WeakMap<RosterRequest, string>): string {
  let id = known.get(request);
  if (id === undefined) {
    const sent = own(request.headers, 'x-request-id');
    id = sent !== undefined && SANE.test(sent) ? sent : randomUUID();
    known.set(request, id);
  }
  return id;
}

/** Every answer of the dialect (errors and the 413 too) carries the request's `X-Request-Id`. */
export function echoRequestId(known: WeakMap<RosterRequest, string>): ResponseDecorator {
  return (response, { request }) => ({ ...response, headers: { ...response.headers, 'X-Request-Id': requestIdOf(request, known) } });
}
