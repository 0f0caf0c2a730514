import { RosterError } from '@roster/core';
import {
  builtInDialectApi,
  openApiDocument,
  type Dialect,
  type DialectPlugin,
  type OpenApiDocument,
  type OpenApiMount,
} from '@roster/core/http';

export interface RouterOpenApiOptions {
  /** Default `Roster <dialect>` (or `Roster` for all). */
  readonly title?: string;
  /** Default `1.0.0`. */
  readonly version?: string;
  readonly description?: string;
  /** Where the host mounts the router (`app.use('/roster', router)` → `'/roster'`); default the root. */
  readonly prefix?: string;
}

/** The answer of `router.openApi()`: one dialect's OpenAPI 3.1 document (all mounted ones without a name). */
export type RouterOpenApi = (dialect?: string, options?: RouterOpenApiOptions) => OpenApiDocument;

/**
 * A mounted entry as the generator sees it: a plugin brings its own descriptions; a made Dialect
 * brings its routes and prefix, and the descriptions come from the built-in dialect of its name.
 */
export function openApiMount(entry: Dialect | DialectPlugin, made: Dialect): OpenApiMount {
  const api = 'handle' in entry ? builtInDialectApi(entry.name) : entry.api;
  return { dialect: { name: made.name, routes: made.routes, api }, prefix: made.prefix };
}

export function routerOpenApi(mounts: readonly OpenApiMount[]): RouterOpenApi {
  return (dialect, options = {}) => {
    const chosen = dialect === undefined ? mounts : mounts.filter((mount) => ('dialect' in mount ? mount.dialect : mount).name === dialect);
    if (chosen.length === 0) throw new RosterError('VALIDATION_FAILED', `router.openApi: no ${dialect} dialect is mounted on this router`);
    return openApiDocument(chosen, {
      title: options.title ?? (dialect === undefined ? 'Roster' : `Roster ${dialect}`),
      version: options.version ?? '1.0.0',
      ...(options.description === undefined ? {} : { description: options.description }),
      ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    });
  };
}
