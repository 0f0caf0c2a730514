/**
 * The neutral request and response that every framework adapter translates to and from.
 * Dialects see nothing else of the framework.
 */
export interface RosterRequest {
  /** Upper case: `GET`, `POST`… */
  readonly method: string;
  /** The path below the dialect's mount point, without query string, starting with `/`. */
  readonly path: string;
  /** Decoded query parameters; repeated keys give arrays. */
  readonly query: Readonly<Record<string, string | readonly string[]>>;
  /** Lower-case names; values decoded from their bytes as UTF-8; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  /** The raw body bytes (empty when there is none); never parsed by the adapter. */
  readonly body: Buffer;
  /** Set when the body exceeded the size limit; `body` is then empty. */
  readonly bodyTooLarge?: boolean;
  readonly clientAddress?: string;
}

export interface RosterResponse {
  readonly status: number;
  /** Header names in their canonical case (`Content-Type`). */
  readonly headers: Readonly<Record<string, string>>;
  /** The exact bytes to send; empty for no body. */
  readonly body: string | Buffer;
}

/** Path parameters by name, e.g. `{ id: '42' }` for `/user/:id`. */
export type RouteParams = Readonly<Record<string, string>>;

export interface RouteContext {
  readonly request: RosterRequest;
  readonly params: RouteParams;
}

/** One route of a dialect: a method, a path pattern (`/api/users/:user_id`) and its handler. */
export interface Route {
  /** Upper case method, or `*` for any method not matched by another route of the same path. */
  readonly method: string;
  readonly path: string;
  /** A short name for generated controllers and docs, e.g. `createUser`. */
  readonly name: string;
  handle(context: RouteContext): Promise<RosterResponse>;
}

/** The one lookup of a request in a dialect: the route and its decoded path parameters. */
export interface RouteMatch {
  readonly route: Route;
  readonly params: RouteParams;
}

/**
 * A mounted dialect. An adapter serves a request in two steps (README.md, "The dialect
 * interface"): `match` once, with the method and the path below `prefix`; on null the request
 * goes to the host's next handler with its body unread; otherwise the adapter reads the body and
 * calls `respond` with that match. Nothing matches the request a second time.
 */
export interface Dialect {
  readonly name: string;
  /** Where the host mounts it (`''` for the root); routes are relative to it. */
  readonly prefix: string;
  readonly routes: readonly Route[];
  /** The route for this method and path, or null when the request is not the dialect's. */
  match(method: string, path: string): RouteMatch | null;
  /** Answers a matched request; never rejects (every failure is answered from the error table). */
  respond(match: RouteMatch, request: RosterRequest): Promise<RosterResponse>;
  /** `match`, then `respond`: for callers that hold the whole request already (tests, fuzzers). */
  handle(request: RosterRequest): Promise<RosterResponse | null>;
}
