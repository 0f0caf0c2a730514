import type { Roster, RosterOptions } from '@roster/core';
import type { DialectBaseOptions, DialectPlugin, RouteDescriptor } from '@roster/core/http';

/** One dialect to serve: the plugin alone (its default prefix) or with its options. */
export type DialectMount<Options extends DialectBaseOptions = DialectBaseOptions> =
  DialectPlugin<Options> | { readonly dialect: DialectPlugin<Options>; readonly options?: Options };

/**
 * A dialect with its own options, type-checked against that dialect's options type:
 * `withOptions(restV1Dialect, { rateLimit: { points: 1000, durationSeconds: 60 } })`.
 */
export function withOptions<Options extends DialectBaseOptions>(dialect: DialectPlugin<Options>, options: Options): DialectMount {
  return { dialect, options };
}

/**
 * What forRoot takes, or what forRootAsync's factory returns: an existing Roster (the module
 * then leaves closing it to its owner) or the options of `createRoster` (the module makes the
 * Roster and closes it, with its stores, when the application shuts down).
 */
export interface RosterModuleOptions {
  readonly roster: Roster | RosterOptions;
}

/** A generated route, as `routeDecorators` sees it. */
export interface RosterRouteInfo extends RouteDescriptor {
  /** The dialect's name, e.g. `rest-v1`. */
  readonly dialect: string;
  /** The mount prefix (`''` at the root). */
  readonly prefix: string;
}

/**
 * The static part, given to forRoot and forRootAsync alike: Nest declares controllers before
 * any factory runs, so which dialects are mounted, and where, cannot come from a factory.
 */
export interface RosterModuleExtras {
  /** The dialects to serve, each as a real Nest controller. Empty: the services only. */
  readonly dialects: readonly DialectMount[];
  /** Register the module globally (InjectRoster() in every module). Default false. */
  readonly isGlobal?: boolean;
  /** Class decorators for every generated controller (a host's `@Public()`, `@ApiTags('roster')`). */
  readonly controllerDecorators?: readonly ClassDecorator[];
  /** Method decorators per generated route (e.g. `@ApiOperation({ operationId })`). */
  readonly routeDecorators?: (route: RosterRouteInfo) => readonly MethodDecorator[];
  /** Bodies over this many bytes get the dialect's 413 (default 1 MiB, docs/dialects/common.md). */
  readonly bodyLimit?: number;
  /** The admin console (`consoleAt()` from @roster/console), served after the dialects; off when absent. */
  readonly console?: DialectPlugin;
}

export interface NormalizedMount {
  readonly dialect: DialectPlugin;
  readonly options: DialectBaseOptions;
  /** As given (`''` at the root); RosterPaths normalises the slashes. */
  readonly prefix: string;
  /** Left out of the host's Swagger document: the console's pages and files are no API operations. */
  readonly undocumented?: true;
}

export function normalizeMounts(mounts: readonly DialectMount[]): NormalizedMount[] {
  return mounts.map((mount) => {
    const { dialect, options = {} } = 'dialect' in mount ? mount : { dialect: mount, options: {} };
    return { dialect, options, prefix: options.prefix ?? dialect.defaultPrefix ?? '' };
  });
}

export function isRoster(value: Roster | RosterOptions): value is Roster {
  return 'users' in value && 'auth' in value && typeof value.close === 'function';
}
