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

/** A mounted dialect: its routes, and a handler that answers everything under its prefix. */
export interface Dialect {
  readonly name: string;
  /** Where the host mounts it (`''` for the root); routes are relative to it. */
  readonly prefix: string;
  readonly routes: readonly Route[];
  /** Answers a request, or returns null when no route of the dialect matches the path. */
  handle(request: RosterRequest): Promise<RosterResponse | null>;
}
