import {
  openApiPath,
  schemeName,
  type DialectApiDescription,
  type ParameterDescription,
  type RouteApiDescription,
  type RouteDescriptor,
  type SecuritySchemeDescription,
} from '@roster/core/http';
import { normalizeMounts, type DialectMount } from './roster-module.options';

type Swagger = typeof import('@nestjs/swagger');

let loaded: Swagger | null | undefined;

/** @nestjs/swagger when the host has it (an optional peer); null otherwise. */
function swagger(): Swagger | null {
  if (loaded === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- @nestjs/swagger is an optional peer, loaded only when present
      loaded = require('@nestjs/swagger') as Swagger;
    } catch (error) {
      if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
      loaded = null;
    }
  }
  return loaded;
}

interface DescribedPlugin {
  readonly name: string;
  readonly api?: DialectApiDescription;
}

/**
 * The @nestjs/swagger decorators of one generated route, from the dialect's API description
 * (the same one core's `openApiDocument` reads): tag, operation, parameters, body, answers,
 * security. None without @nestjs/swagger, for a `*` route, or for a dialect without descriptions.
 */
export function swaggerRouteDecorators(dialect: DescribedPlugin, route: RouteDescriptor): MethodDecorator[] {
  const api = swagger();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a third-party dialect's api may lack routes, though typed
  const description = dialect.api?.routes?.[route.name];
  if (api === null || route.method === '*' || description === undefined) return [];
  const body = description.requestBody;
  return [
    api.ApiOperation({
      summary: description.summary,
      tags: [dialect.name],
      operationId: `${dialect.name}.${route.name}`,
      ...(description.description === undefined ? {} : { description: description.description }),
      ...(description.deprecated === true ? { deprecated: true } : {}),
    }),
    ...(description.parameters ?? []).map((parameter) => parameterDecorator(api, parameter)),
    ...pathParameters(api, route, description),
    ...(body === undefined
      ? []
      : [
          api.ApiBody({
            required: body.required ?? false,
            schema: body.schema,
            ...(body.description === undefined ? {} : { description: body.description }),
          }),
        ]),
    ...Object.entries(description.responses).map(([status, answer]) =>
      api.ApiResponse({
        status: Number(status),
        description: answer.description,
        ...(answer.headers === undefined ? {} : { headers: answer.headers }),
        ...(answer.content === undefined
          ? {}
          : {
              content: {
                [answer.content.type]: {
                  schema: answer.content.schema,
                  ...(answer.content.example === undefined ? {} : { example: answer.content.example }),
                },
              },
            }),
      }),
    ),
    ...(description.security ?? []).map((name) => api.ApiSecurity(schemeName(dialect.name, name))),
  ] as MethodDecorator[];
}

function parameterDecorator(api: Swagger, parameter: ParameterDescription): MethodDecorator {
  const { in: place, ...options } = parameter;
  const required = place === 'path' ? true : (parameter.required ?? false);
  if (place === 'header') return api.ApiHeader({ ...options, required });
  if (place === 'query') return api.ApiQuery({ ...options, required });
  return api.ApiParam({ ...options, required });
}

/** Path parameters the description does not name (the generated handlers take the raw request). */
function pathParameters(api: Swagger, route: RouteDescriptor, description: RouteApiDescription): MethodDecorator[] {
  const named = new Set((description.parameters ?? []).filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name));
  return [...openApiPath(route.path).matchAll(/\{([^}]+)\}/g)]
    .map((match) => match[1] ?? '')
    .filter((name) => !named.has(name))
    .map((name) => api.ApiParam({ name, required: true, schema: { type: 'string' } }) as MethodDecorator);
}

/**
 * The security schemes the generated routes name (`rest-v1-bearer`, `objective-bearer`), for
 * the host's DocumentBuilder: `builder.addSecurity(name, scheme)` for each entry.
 */
export function rosterSecuritySchemes(dialects: readonly DialectMount[]): Record<string, SecuritySchemeDescription> {
  return Object.fromEntries(
    normalizeMounts(dialects).flatMap(({ dialect }) =>
      Object.entries(dialect.api?.securitySchemes ?? {}).map(([name, scheme]) => [schemeName(dialect.name, name), scheme]),
    ),
  );
}
