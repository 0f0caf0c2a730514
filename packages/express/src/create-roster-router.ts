import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { RosterError, type Logger, type Roster } from '@roster/core';
import {
  compileRoute,
  matchRoute,
  MAX_BODY_BYTES,
  toRosterRequest,
  writeRosterResponse,
  type Dialect,
  type DialectPlugin,
} from '@roster/core/http';
import { readBody } from './read-body';
import { openApiMount, routerOpenApi, type RouterOpenApi } from './roster-open-api';

export interface RosterRouterOptions {
  /** Needed when `dialects` holds plugins; its logger is the default for `log`. */
  readonly roster?: Roster;
  /** Dialects (each mounted under its own `prefix`), or plugins made with `roster` at their default prefix. */
  readonly dialects: readonly (Dialect | DialectPlugin)[];
  /** Bodies over this many bytes get the dialect's 413 (default MAX_BODY_BYTES, 1 MiB). */
  readonly bodyLimit?: number;
  /** Where the adapter tells the host what it should know (a body parser mounted before it). */
  readonly log?: Logger;
}

/** The router, plus the OpenAPI 3.1 document of what it serves (see the README). */
export interface RosterRouter extends Router {
  /** `openApi('rest-v1', { prefix: '/roster' })`: that dialect's routes, each dialect's and the mount's prefix applied. */
  readonly openApi: RouterOpenApi;
}

/**
 * An Express (4 or 5) router serving the given dialects. It only translates: the request goes
 * to the dialect as a neutral RosterRequest, the answer comes back byte for byte. Requests that
 * no dialect route matches fall through to the host with their body unread; failures that are
 * not a dialect's answer (a broken request stream) go to `next(err)`.
 */
export function createRosterRouter(options: RosterRouterOptions): RosterRouter {
  const router = Router();
  const limit = options.bodyLimit ?? MAX_BODY_BYTES;
  const log = options.log ?? options.roster?.logger;
  let warned = false;

  const serve = async (dialect: Dialect, req: Request, res: Response, next: NextFunction): Promise<void> => {
    const { fromParser, ...rawBody } = await readBody(req, limit);
    if (fromParser && !warned) {
      warned = true;
      log?.warn('roster: a body parser consumed the request before the Roster router; mount Roster before body parsers');
    }
    const response = await dialect.handle(toRosterRequest(req, { path: pathOf(req), rawBody, clientAddress: req.ip }));
    if (response === null) next();
    else writeRosterResponse(res, response);
  };

  const mounts = options.dialects.map((entry) => ({ entry, dialect: instantiate(entry, options.roster) }));
  for (const { dialect } of mounts) {
    const routes = dialect.routes.map(compileRoute);
    const handler: RequestHandler = (req, res, next) => {
      if (matchRoute(routes, req.method.toUpperCase(), pathOf(req)) === null) return next();
      serve(dialect, req, res, next).catch(next);
    };
    const prefix = dialect.prefix.replace(/\/+$/, '');
    if (prefix === '') router.use(handler);
    else router.use(prefix, handler);
  }
  return Object.assign(router, { openApi: routerOpenApi(mounts.map(({ entry, dialect }) => openApiMount(entry, dialect))) });
}

/** The path below the mount point, still percent-encoded (route matching decodes parameters). */
function pathOf(req: Request): string {
  const path = req.url.split('?', 1)[0]!;
  return path === '' ? '/' : path;
}

function instantiate(entry: Dialect | DialectPlugin, roster: Roster | undefined): Dialect {
  if ('handle' in entry) return entry;
  if (roster === undefined) throw new RosterError('INTERNAL', `createRosterRouter: the ${entry.name} plugin needs options.roster`);
  return entry.create(roster);
}
