import { RequestMethod } from '@nestjs/common';
import { normalizeMounts, type DialectMount } from './roster-module.options';

const METHODS: Readonly<Record<string, RequestMethod>> = {
  GET: RequestMethod.GET,
  POST: RequestMethod.POST,
  PUT: RequestMethod.PUT,
  PATCH: RequestMethod.PATCH,
  DELETE: RequestMethod.DELETE,
  HEAD: RequestMethod.HEAD,
  OPTIONS: RequestMethod.OPTIONS,
  '*': RequestMethod.ALL,
};

/** A route as Nest's `RouteInfo` (what `setGlobalPrefix`'s `exclude` and `forRoutes` take). */
export interface RosterRoutePath {
  readonly path: string;
  readonly method: RequestMethod;
}

/** Nest's RequestMethod for a route table's method (`*`: any method). */
export function requestMethodOf(method: string): RequestMethod | undefined {
  return METHODS[method];
}

/**
 * The routes the given dialects serve, as Nest's RouteInfo, for
 * `app.setGlobalPrefix('api', { exclude: rosterRoutes(dialects) })`: the host's own routes move
 * under its prefix while the dialects keep their wire paths (which their clients hard-code).
 */
export function rosterRoutes(dialects: readonly DialectMount[]): RosterRoutePath[] {
  return normalizeMounts(dialects).flatMap((mount) =>
    mount.dialect.routes.map((route) => ({
      path: `${mount.prefix.replace(/^\/+|\/+$/g, '')}/${route.path.replace(/^\/+/, '')}`.replace(/^\/+/, ''),
      method: requestMethodOf(route.method) ?? RequestMethod.ALL,
    })),
  );
}
