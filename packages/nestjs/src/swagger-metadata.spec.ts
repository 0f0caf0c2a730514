import { PATH_METADATA } from '@nestjs/common/constants';
import { restV1Dialect } from '@roster/core/http';
import { createDialectController } from './dialect-controller.factory';
import { normalizeMounts } from './roster-module.options';
import { swaggerRouteDecorators } from './swagger-metadata';

// A host without @nestjs/swagger: requiring it fails as Node fails for a package that is not installed.
jest.mock(
  '@nestjs/swagger',
  () => {
    throw Object.assign(new Error("Cannot find module '@nestjs/swagger'"), { code: 'MODULE_NOT_FOUND' });
  },
  { virtual: true },
);

describe('Swagger metadata without @nestjs/swagger (an optional peer)', () => {
  it('adds no decorator, and the generated controller still declares every route', () => {
    for (const route of restV1Dialect.routes) expect(swaggerRouteDecorators(restV1Dialect, route)).toEqual([]);
    const controller = createDialectController(normalizeMounts([restV1Dialect])[0]!, 0, {});
    const prototype = controller.prototype as Record<string, object>;
    expect(Reflect.getMetadata(PATH_METADATA, prototype.getUser!)).toBe('api/v1/users/:user_id');
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- metadata keys may be symbols at run time
    expect(Reflect.getMetadataKeys(prototype.getUser!).filter((key: string) => String(key).startsWith('swagger/'))).toEqual([]);
  });
});
