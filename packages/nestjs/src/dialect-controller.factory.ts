import { Controller, Inject, Next, Req, RequestMapping, Res, UseFilters, VERSION_NEUTRAL, type Type } from '@nestjs/common';
import { RosterError } from '@roster/core';
import type { RouteDescriptor } from '@roster/core/http';
import { createRouteHandler } from './route-handler';
import { requestMethodOf } from './roster-routes';
import { RosterExceptionFilter } from './roster-exception.filter';
import { swaggerRouteDecorators } from './swagger-metadata';
import { ROSTER_HTTP } from './roster.constants';
import type { RosterHttp } from './roster-http';
import type { NormalizedMount, RosterModuleExtras } from './roster-module.options';

const SWAGGER_EXCLUDE_ENDPOINT = 'swagger/apiExcludeEndpoint';

type Decorations = Pick<RosterModuleExtras, 'controllerDecorators' | 'routeDecorators'>;

/**
 * One real Nest controller per mounted dialect, with one handler per route of the dialect's
 * static table (written once, in the dialect), so guards, interceptors, setGlobalPrefix and
 * Swagger see every route. Each handler hands the request to the dialect, which answers
 * exactly as on the Express adapter. Version-neutral: a host's default API version never
 * moves a dialect's wire paths.
 */
export function createDialectController(mount: NormalizedMount, index: number, decorations: Decorations): Type<unknown> {
  class GeneratedDialectController {
    constructor(readonly http: RosterHttp) {}
  }
  Object.defineProperty(GeneratedDialectController, 'name', { value: `Roster${pascal(mount.dialect.name)}Controller` });
  Inject(ROSTER_HTTP)(GeneratedDialectController, undefined, 0);
  Reflect.defineMetadata('design:paramtypes', [Object], GeneratedDialectController);

  // Exact methods first, then the `*` fallbacks: Express tries routes in registration order.
  const routes = [...mount.dialect.routes].sort((a, b) => Number(a.method === '*') - Number(b.method === '*'));
  const names = new Set<string>();
  for (const route of routes) {
    const name = route.method === '*' ? `${route.name}AnyMethod` : route.name;
    if (names.has(name)) throw configError(`route name "${name}" appears twice in ${mount.dialect.name}`);
    names.add(name);
    defineRoute(GeneratedDialectController.prototype, name, route, mount, index, decorations);
  }
  Controller({ path: mount.prefix.replace(/^\/+|\/+$/g, ''), version: VERSION_NEUTRAL })(GeneratedDialectController);
  UseFilters(RosterExceptionFilter)(GeneratedDialectController);
  for (const decorate of decorations.controllerDecorators ?? []) decorate(GeneratedDialectController);
  return GeneratedDialectController;
}

function defineRoute(
  prototype: object,
  name: string,
  route: RouteDescriptor,
  mount: NormalizedMount,
  index: number,
  decorations: Decorations,
): void {
  const method = requestMethodOf(route.method);
  if (method === undefined) throw configError(`unsupported method ${route.method} in ${mount.dialect.name}`);
  const handler = createRouteHandler(index);
  Object.defineProperty(handler, 'name', { value: name });
  Object.defineProperty(prototype, name, { value: handler, writable: true, configurable: true });
  Req()(prototype, name, 0);
  Res()(prototype, name, 1);
  Next()(prototype, name, 2);
  Reflect.defineMetadata('design:paramtypes', [Object, Object, Function], prototype, name);
  Reflect.defineMetadata('design:returntype', Promise, prototype, name);
  // A `*` route answers "not this method" (405 and the like): it is no API operation, and
  // @nestjs/swagger would spread it over every method, over the real ones; nor are the console's
  // pages. This is the key of its ApiExcludeEndpoint(), set here so the module needs no Swagger
  // dependency.
  if (route.method === '*' || mount.undocumented) Reflect.defineMetadata(SWAGGER_EXCLUDE_ENDPOINT, { disable: true }, handler);
  const decorators: MethodDecorator[] = [
    RequestMapping({ path: route.path.replace(/^\/+/, ''), method }),
    ...swaggerRouteDecorators(mount.dialect, route),
    ...(decorations.routeDecorators?.({ ...route, dialect: mount.dialect.name, prefix: mount.prefix }) ?? []),
  ];
  for (const decorate of decorators) {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- the handler method was defined on prototype above
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
    const replaced = decorate(prototype, name, descriptor);
    if (replaced) Object.defineProperty(prototype, name, replaced);
  }
}

function configError(message: string): RosterError {
  return new RosterError('CONFIGURATION_INVALID', `RosterModule: ${message}`);
}

function pascal(name: string): string {
  return name.replace(/(^|[-_\s]+)(\w)/g, (_match, _separator, letter: string) => letter.toUpperCase());
}
