import { RosterError } from '../../errors';
import type { DialectPlugin } from '../dialect-plugin';
import type { AnswerDescription, BodyDescription, ParameterDescription, RouteApiDescription } from './openapi.types';
import { joinPaths, openApiPath } from './openapi-paths';

/** What a document needs of a dialect: its name, route table and descriptions (a DialectPlugin has them). */
export type DescribedDialect = Pick<DialectPlugin, 'name' | 'routes' | 'api' | 'defaultPrefix'>;

/** A dialect in a document: the plugin alone (at the root) or with the prefix it is mounted at. */
export type OpenApiMount = DescribedDialect | { readonly dialect: DescribedDialect; readonly prefix?: string };

export interface OpenApiDocumentOptions {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  /** Put before every dialect's own prefix (where the host mounts the router, e.g. `/roster`). */
  readonly prefix?: string;
}

/** An OpenAPI 3.1 document, as plain JSON-ready objects. */
export interface OpenApiDocument {
  readonly openapi: '3.1.0';
  readonly info: { readonly title: string; readonly version: string; readonly description?: string };
  readonly tags: readonly { readonly name: string; readonly description: string }[];
  readonly paths: Readonly<Record<string, Readonly<Record<string, OpenApiOperation>>>>;
  readonly components: { readonly securitySchemes: Readonly<Record<string, unknown>> };
}

export interface OpenApiOperation {
  readonly operationId: string;
  readonly tags: readonly string[];
  readonly summary: string;
  readonly [field: string]: unknown;
}

/** The operation of one route of a dialect, as it stands in an OpenAPI 3.1 document. */
export interface DescribedRoute {
  readonly dialect: string;
  readonly name: string;
  readonly method: string;
  /** The OpenAPI path (`{user_id}`), prefixes applied. */
  readonly path: string;
  readonly description: RouteApiDescription;
}

/** The operation routes (not `*`) of the mounted dialects, each with its description. */
export function describedRoutes(mounts: readonly OpenApiMount[], prefix = ''): DescribedRoute[] {
  return mounts.flatMap((mount) => {
    const { dialect, prefix: mounted } = 'dialect' in mount ? mount : { dialect: mount, prefix: undefined };
    // A plugin mounted without a prefix sits at its default one, as the adapters mount it.
    const own = mounted ?? dialect.defaultPrefix ?? '';
    if (dialect.api === undefined) throw new RosterError('INTERNAL', `openApiDocument: the ${dialect.name} dialect has no API description`);
    const descriptions = dialect.api.routes;
    return dialect.routes
      .filter((route) => route.method !== '*')
      .map((route) => {
        const description = descriptions[route.name];
        if (description === undefined)
          throw new RosterError('INTERNAL', `openApiDocument: ${dialect.name} does not describe ${route.name}`);
        return {
          dialect: dialect.name,
          name: route.name,
          method: route.method,
          path: openApiPath(joinPaths(prefix, own, route.path)),
          description,
        };
      });
  });
}

/** An OpenAPI 3.1 document of the given dialects' routes, from their route tables and descriptions. */
export function openApiDocument(mounts: readonly OpenApiMount[], options: OpenApiDocumentOptions): OpenApiDocument {
  const plugins = mounts.map((mount) => ('dialect' in mount ? mount.dialect : mount));
  const paths: Record<string, Record<string, OpenApiOperation>> = {};
  const operationIds = new Set<string>();
  for (const route of describedRoutes(mounts, options.prefix)) {
    let operationId = `${route.dialect}.${route.name}`;
    for (let n = 2; operationIds.has(operationId); n += 1) operationId = `${route.dialect}.${route.name}.${n}`;
    operationIds.add(operationId);
    const item = (paths[route.path] ??= {});
    const method = route.method.toLowerCase();
    if (item[method] !== undefined) throw new RosterError('INTERNAL', `openApiDocument: ${route.method} ${route.path} is mounted twice`);
    item[method] = openApiOperation(route, operationId);
  }
  const unique = [...new Map(plugins.map((plugin) => [plugin.name, plugin])).values()];
  return {
    openapi: '3.1.0',
    info: {
      title: options.title,
      version: options.version,
      ...(options.description === undefined ? {} : { description: options.description }),
    },
    tags: unique.map((plugin) => ({ name: plugin.name, description: plugin.api?.description ?? '' })),
    paths,
    components: {
      securitySchemes: Object.fromEntries(
        unique.flatMap((plugin) =>
          Object.entries(plugin.api?.securitySchemes ?? {}).map(([name, scheme]) => [schemeName(plugin.name, name), scheme]),
        ),
      ),
    },
  };
}

/** The name a dialect's security scheme has in a document. */
export function schemeName(dialect: string, name: string): string {
  return `${dialect}-${name}`;
}

function openApiOperation(route: DescribedRoute, operationId: string): OpenApiOperation {
  const { description: api } = route;
  return {
    operationId,
    tags: [route.dialect],
    summary: api.summary,
    ...(api.description === undefined ? {} : { description: api.description }),
    ...(api.deprecated === true ? { deprecated: true } : {}),
    ...(api.parameters === undefined || api.parameters.length === 0 ? {} : { parameters: api.parameters.map(openApiParameter) }),
    ...(api.requestBody === undefined ? {} : { requestBody: openApiBody(api.requestBody) }),
    responses: Object.fromEntries(Object.entries(api.responses).map(([status, answer]) => [status, openApiAnswer(answer)])),
    ...(api.security === undefined ? {} : { security: api.security.map((name) => ({ [schemeName(route.dialect, name)]: [] })) }),
  };
}

function openApiParameter(parameter: ParameterDescription): Record<string, unknown> {
  return { ...parameter, required: parameter.in === 'path' ? true : (parameter.required ?? false) };
}

function openApiBody(body: BodyDescription): Record<string, unknown> {
  return {
    ...(body.description === undefined ? {} : { description: body.description }),
    required: body.required ?? false,
    content: mediaType(body),
  };
}

function openApiAnswer(answer: AnswerDescription): Record<string, unknown> {
  return {
    description: answer.description,
    ...(answer.headers === undefined ? {} : { headers: answer.headers }),
    ...(answer.content === undefined ? {} : { content: mediaType(answer.content) }),
  };
}

function mediaType(body: BodyDescription): Record<string, unknown> {
  const media = { schema: body.schema, ...(body.example === undefined ? {} : { example: body.example }) };
  return Object.fromEntries([body.type, ...(body.alsoTypes ?? [])].map((type) => [type, media]));
}
