import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI } from 'openapi-types';
import type { DialectPlugin } from '../dialect-plugin';
import { courselitDialect, ispringDialect, objectiveDialect, restV1Dialect } from '../index';
import { openApiDocument, type OpenApiDocument } from './openapi-document';
import { joinPaths, openApiPath } from './openapi-paths';

const DIALECTS: readonly DialectPlugin[] = [courselitDialect, ispringDialect, objectiveDialect, restV1Dialect];
const info = { title: 'Roster', version: '0.1.0' };

/** `METHOD /path` of every operation in a document. */
function operations(document: OpenApiDocument): string[] {
  return Object.entries(document.paths)
    .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();
}

/** What the route table says the document must hold: every route but the `*` fallbacks. */
function expected(dialect: DialectPlugin, prefix: string): string[] {
  return dialect.routes
    .filter((route) => route.method !== '*')
    .map((route) => `${route.method} ${openApiPath(joinPaths(prefix, route.path))}`);
}

/** swagger-parser dereferences in place; each check gets its own copy. */
const validate = (document: OpenApiDocument) => SwaggerParser.validate(structuredClone(document) as unknown as OpenAPI.Document);

describe('openApiDocument', () => {
  it.each(DIALECTS.map((dialect) => [dialect.name, dialect]))(
    'is a valid OpenAPI 3.1 document for %s, with every operation route',
    async (_name, dialect) => {
      const document = openApiDocument([dialect], info);
      await expect(validate(document)).resolves.toBeDefined();
      expect(document.openapi).toBe('3.1.0');
      expect(operations(document)).toEqual(expected(dialect, '').sort());
    },
    30_000,
  );

  it('holds all four dialects at once, each under its own prefix and the document prefix, with distinct operation ids', async () => {
    const document = openApiDocument(
      DIALECTS.map((dialect) => ({ dialect, prefix: `/${dialect.name}/` })),
      { ...info, prefix: '/roster' },
    );
    await expect(validate(document)).resolves.toBeDefined();
    expect(operations(document)).toEqual(DIALECTS.flatMap((dialect) => expected(dialect, `/roster/${dialect.name}`)).sort());
    const ids = Object.values(document.paths).flatMap((item) => Object.values(item).map((operation) => operation.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(document.tags.map((tag) => tag.name)).toEqual(DIALECTS.map((dialect) => dialect.name));
  }, 30_000);

  it('names the Bearer schemes per dialect and puts them on the Bearer routes only', () => {
    const document = openApiDocument(DIALECTS, info);
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['objective-bearer', 'rest-v1-bearer']);
    expect(document.paths['/api/v1/users']!.get!.security).toEqual([{ 'rest-v1-bearer': [] }]);
    expect(document.paths['/api/users/{user_id}']!.put!.security).toEqual([{ 'objective-bearer': [] }]);
    expect(document.paths['/user']!.post!.security).toBeUndefined();
  });

  it('gives each answer its content type: JSON, plain text, XML or none', () => {
    const document = openApiDocument(DIALECTS, info);
    const content = (path: string, method: string, status: number) =>
      Object.keys((document.paths[path]![method]!.responses as Record<number, { content?: object }>)[status]!.content ?? {});
    expect(content('/user', 'get', 200)).toEqual(['application/xml']);
    expect(content('/user', 'post', 201)).toEqual(['text/plain']);
    expect(content('/user/{id}', 'delete', 204)).toEqual([]);
    expect(content('/api/user', 'post', 200)).toEqual(['application/json']);
  });

  it('puts the ispring parameters in headers, the path id in the path', () => {
    const document = openApiDocument([ispringDialect], info);
    const parameters = document.paths['/user/{id}']!.post!.parameters as { name: string; in: string; required: boolean }[];
    expect(parameters.filter((parameter) => parameter.in !== 'header').map((parameter) => parameter.name)).toEqual(['id']);
    expect(parameters.find((parameter) => parameter.name === 'X-Fields-Xml')).toMatchObject({ required: true });
  });

  it('refuses a dialect without descriptions, and a route mounted twice', () => {
    const bare: DialectPlugin = { name: 'bare', routes: [{ method: 'GET', path: '/x', name: 'x' }], create: () => ({}) as never };
    expect(() => openApiDocument([bare], info)).toThrow(/bare dialect has no API description/);
    expect(() => openApiDocument([restV1Dialect, restV1Dialect], info)).toThrow(/mounted twice/);
  });
});
