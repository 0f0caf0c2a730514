import type { RouteDescriptor } from '../dialect-plugin';

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1), as a plain object. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** The media types the dialects answer with (each with `; charset=utf-8` on the wire). */
export type ContentType =
  | 'application/json'
  | 'application/problem+json'
  | 'application/scim+json'
  | 'text/plain'
  | 'text/csv'
  | 'application/xml'
  | 'application/x-ndjson';

export interface ParameterDescription {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required?: boolean;
  readonly description?: string;
  readonly schema: JsonSchema;
  readonly example?: unknown;
}

export interface BodyDescription {
  readonly type: ContentType;
  /** Further media types taking the same schema (a request body that may come as CSV or NDJSON). */
  readonly alsoTypes?: readonly ContentType[];
  readonly schema: JsonSchema;
  readonly required?: boolean;
  readonly description?: string;
  readonly example?: unknown;
}

export interface HeaderDescription {
  readonly description: string;
  readonly schema: JsonSchema;
}

/** One answer of a route; `content` absent means an empty body. */
export interface AnswerDescription {
  readonly description: string;
  readonly content?: BodyDescription;
  readonly headers?: Readonly<Record<string, HeaderDescription>>;
}

export interface RouteApiDescription {
  readonly summary: string;
  readonly description?: string;
  readonly parameters?: readonly ParameterDescription[];
  readonly requestBody?: BodyDescription;
  /** Every status the route can answer with, keyed by the status code. */
  readonly responses: Readonly<Record<number, AnswerDescription>>;
  /** Names of the dialect's security schemes, any one of which the route accepts. */
  readonly security?: readonly string[];
  readonly deprecated?: boolean;
}

export type SecuritySchemeDescription =
  | { readonly type: 'http'; readonly scheme: 'bearer'; readonly description?: string }
  | { readonly type: 'apiKey'; readonly in: 'header'; readonly name: string; readonly description?: string };

/**
 * The routes of a table that are API operations: a `*` route only answers "not this method"
 * (405, or objective's 404) for the methods the path does not have, so it is no operation.
 */
export type OperationRoute<Table extends readonly RouteDescriptor[]> = Exclude<Table[number], { readonly method: '*' }>;

/** One description per operation route name of a table: a route without one is a compile error. */
export type RouteApiDescriptions<Table extends readonly RouteDescriptor[]> = Readonly<
  Record<OperationRoute<Table>['name'], RouteApiDescription>
>;

/** What a dialect tells an OpenAPI document about itself, written beside its route table. */
export interface DialectApiDescription<Table extends readonly RouteDescriptor[] = readonly RouteDescriptor[]> {
  /** The tag's description: what the dialect speaks. */
  readonly description: string;
  /** Named schemes; the document names them `<dialect>-<name>` so dialects never collide. */
  readonly securitySchemes?: Readonly<Record<string, SecuritySchemeDescription>>;
  readonly routes: RouteApiDescriptions<Table>;
}
