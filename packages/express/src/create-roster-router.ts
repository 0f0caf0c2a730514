import { Router, type Request, type RequestHandler, type Response } from 'express';
import { RosterError, type Logger, type Roster } from '@roster/core';
import {
  MAX_BODY_BYTES,
  readNodeBody,
  toRosterRequest,
  writeRosterResponse,
  type Dialect,
  type DialectPlugin,
  type RouteMatch,
} from '@roster/core/http';
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
  /**
   * The admin console (`consoleAt()` from @roster/console), served after the dialects and left out of
   * `openApi()`; off when absent. Needs `roster`.
   */
  readonly console?: DialectPlugin;
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

  // Only for a matched request: the body is read here, once, and the match is not looked up again.
  const serve = async (dialect: Dialect, match: RouteMatch, path: string, req: Request, res: Response): Promise<void> => {
    const { fromParser, ...rawBody } = await readNodeBody(req, limit);
    if (fromParser && !warned) {
      warned = true;
      log?.warn('roster: a body parser consumed the request before the Roster router; mount Roster before body parsers');
    }
    writeRosterResponse(res, await dialect.respond(match, toRosterRequest(req, { path, rawBody, clientAddress: req.ip })));
  };

  const mounts = options.dialects.map((entry) => ({ entry, dialect: instantiate(entry, options.roster) }));
  const served = options.console ? [...mounts, { entry: options.console, dialect: instantiate(options.console, options.roster) }] : mounts;
  for (const { dialect } of served) {
    const handler: RequestHandler = (req, res, next) => {
      const path = pathOf(req);
      const match = dialect.match(req.method, path);
      if (match === null) {
        next();
        return;
      }
      serve(dialect, match, path, req, res).catch(next);
    };
    const prefix = dialect.prefix.replace(/\/+$/, '');
    if (prefix === '') router.use(handler);
    else router.use(prefix, handler);
  }
  return Object.assign(router, { openApi: routerOpenApi(mounts.map(({ entry, dialect }) => openApiMount(entry, dialect))) });
}

/** The path below the mount point, still percent-encoded (route matching decodes parameters). */
function pathOf(req: Request): string {
  const path = req.url.split('?', 1)[0] ?? '';
  return path === '' ? '/' : path;
}

function instantiate(entry: Dialect | DialectPlugin, roster: Roster | undefined): Dialect {
  if ('respond' in entry) return entry;
  if (roster === undefined)
    throw new RosterError('CONFIGURATION_INVALID', `createRosterRouter: the ${entry.name} plugin needs options.roster`);
  return entry.create(roster);
}
