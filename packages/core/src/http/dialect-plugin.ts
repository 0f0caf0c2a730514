import type { Roster } from '../roster.types';
import type { Dialect, RouteContext, RosterResponse, Route } from './http.types';
import type { DialectApiDescription } from './openapi/openapi.types';

/** A route's static part: known before any Roster exists (NestJS declares controllers from it). */
export interface RouteDescriptor {
  readonly method: string;
  readonly path: string;
  readonly name: string;
}

export type RouteHandler = (context: RouteContext) => Promise<RosterResponse>;

/** One handler per route name of a table: a table entry without a handler is a compile error. */
export type RouteHandlers<Table extends readonly RouteDescriptor[]> = Readonly<Record<Table[number]['name'], RouteHandler>>;

/** Joins a dialect's static route table with its handlers, so the table is written once. */
export function bindRoutes<Table extends readonly RouteDescriptor[]>(table: Table, handlers: RouteHandlers<Table>): Route[] {
  return table.map((descriptor) => ({
    ...descriptor,
    handle: handlers[descriptor.name as Table[number]['name']],
  }));
}

export interface DialectBaseOptions {
  /** Mount point; the dialect's default when absent (all four default to `''`). */
  readonly prefix?: string;
}

/**
 * What an adapter needs to know of a dialect: its name, its static route table, and how to
 * make it for one Roster. `createRosterRouter` and `RosterModule` both take these.
 */
export interface DialectPlugin<Options extends DialectBaseOptions = DialectBaseOptions> {
  readonly name: string;
  readonly routes: readonly RouteDescriptor[];
  /** The mount point `create` uses when the options name none (absent: `''`; scim: `/scim/v2`). */
  readonly defaultPrefix?: string;
  /** The routes' API descriptions, for OpenAPI documents (`openApiDocument`). */
  readonly api?: DialectApiDescription;
  create(roster: Roster, options?: Options): Dialect;
}
