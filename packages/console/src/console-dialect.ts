import { ERROR_CODES, type Roster } from '@roster/core';
import {
  createDialect,
  emptyResponse,
  textResponse,
  type Dialect,
  type DialectBaseOptions,
  type DialectPlugin,
  type ErrorTable,
  type RosterResponse,
  type RouteDescriptor,
  type RouteHandler,
} from '@roster/core/http';
import { loadConsoleAssets, type ConsoleAssets } from './console-assets';
import { CONSOLE_HEADERS } from './content-security-policy';

export interface ConsoleOptions {
  /** Where the console is served, below the router's mount point. Default `/roster/admin`. */
  readonly path?: string;
  /** Where the admin dialect's routes sit, below the same mount point. Default `/roster/v1`. */
  readonly apiPath?: string;
  /** The built console; default the package's own (`loadConsoleAssets()`). */
  readonly assets?: ConsoleAssets;
}

export const DEFAULT_CONSOLE_PATH = '/roster/admin';
const DEFAULT_API_PATH = '/roster/v1';
/** What scripts/build-app.mjs writes beside index.html. */
const CONSOLE_FILES: readonly string[] = ['app.css', 'app.js', 'icon.svg'];

const FAILED: RosterResponse = textResponse(500, 'Internal server error', CONSOLE_HEADERS);
const CONSOLE_ERRORS = Object.fromEntries(ERROR_CODES.map((code) => [code, () => FAILED])) as unknown as ErrorTable;

/**
 * The admin console as a dialect plugin, so both adapters serve it like any route table
 * (`createRosterRouter({ console })`, `RosterModule.forRoot({ console })`): `GET <path>/` is the
 * page, `GET <path>/<file>` each built file, all with CONSOLE_HEADERS (a strict CSP). The page
 * is told where the admin API is (a URL relative to the page, so any mount prefix works); it asks
 * the API itself who is signed in (`GET /me`) and which roles it may assign (`GET /roles`).
 */
export function consoleAt(options: ConsoleOptions = {}): DialectPlugin {
  const path = normalizePath(options.path ?? DEFAULT_CONSOLE_PATH);
  const apiPath = normalizePath(options.apiPath ?? DEFAULT_API_PATH);
  // Read on the first request, so a host (or a test) starts without a built console; the names are fixed.
  let loaded = options.assets;
  const assets = (): ConsoleAssets => (loaded ??= loadConsoleAssets());
  const files = options.assets ? [...options.assets.files.keys()].filter((name) => name !== 'index.html') : CONSOLE_FILES;
  const routes: RouteDescriptor[] = [
    { method: 'GET', path, name: 'page' },
    { method: '*', path, name: 'pageMethodNotAllowed' },
    ...files.flatMap((name, index) => [
      { method: 'GET', path: `${path}/${name}`, name: `file${index}` },
      { method: '*', path: `${path}/${name}`, name: `file${index}MethodNotAllowed` },
    ]),
  ];
  return {
    name: 'console',
    routes,
    create: (roster: Roster, mount: DialectBaseOptions = {}): Dialect =>
      createDialect({
        name: 'console',
        prefix: mount.prefix ?? '',
        errors: CONSOLE_ERRORS,
        logger: roster.logger,
        payloadTooLarge: textResponse(413, 'Payload too large', CONSOLE_HEADERS),
        routes: routes.map((route) => ({ ...route, handle: handlerOf(route, { path, apiPath, assets }) })),
      }),
  };
}

interface Served {
  readonly path: string;
  readonly apiPath: string;
  readonly assets: () => ConsoleAssets;
}

function handlerOf(route: RouteDescriptor, served: Served): RouteHandler {
  if (route.method === '*') {
    return () => Promise.resolve(textResponse(405, 'Method not allowed', { ...CONSOLE_HEADERS, Allow: 'GET' }));
  }
  if (route.name === 'page') {
    let page: Buffer | undefined;
    const last = served.path.slice(served.path.lastIndexOf('/') + 1);
    return ({ request }) =>
      Promise.resolve(
        // Relative files resolve against the page's directory, so the page itself ends with `/`.
        request.path.endsWith('/')
          ? { status: 200, headers: { ...CONSOLE_HEADERS, 'Content-Type': 'text/html; charset=utf-8' }, body: (page ??= pageBody(served)) }
          : emptyResponse(308, { ...CONSOLE_HEADERS, Location: `${last}/` }),
      );
  }
  const name = route.path.slice(served.path.length + 1);
  return () => {
    const asset = served.assets().files.get(name);
    if (asset === undefined) throw new Error(`@roster/console: no file ${name} in the built console`);
    return Promise.resolve({ status: 200, headers: { ...CONSOLE_HEADERS, 'Content-Type': asset.contentType }, body: asset.body });
  };
}

/** index.html with the API's URL (relative to the page) in its meta tag. */
function pageBody(served: Served): Buffer {
  const index = served.assets().files.get('index.html');
  if (index === undefined) throw new Error('@roster/console: the built console has no index.html');
  return Buffer.from(index.body.toString('utf8').replace('%ROSTER_API%', escapeAttribute(relativeUrl(`${served.path}/`, served.apiPath))));
}

/** `/roster/admin/` to `/roster/v1` → `../v1`. */
export function relativeUrl(fromDirectory: string, to: string): string {
  const from = fromDirectory.split('/').filter(Boolean);
  const target = to.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < target.length && from[common] === target[common]) common += 1;
  const ups = from.length - common;
  const rest = target.slice(common).join('/');
  return `${ups === 0 ? './' : '../'.repeat(ups)}${rest}`;
}

function normalizePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') throw new Error('@roster/console: the path must not be the root');
  return `/${trimmed}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
